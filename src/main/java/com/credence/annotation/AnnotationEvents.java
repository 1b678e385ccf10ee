package com.credence.annotation;

import com.credence.annotation.internal.ArticleTexts;
import com.credence.annotation.internal.EventFeed;
import com.credence.annotation.internal.EventLog;
import com.credence.security.Roles;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committed changes to annotations in order, for other tools: what the event streams send, and
 * what a client that reconnects gets again (kept for a day at least).
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class AnnotationEvents {

    /** At most this many events in one read. */
    public static final int MAX_READ = 500;

    private final EventLog log;
    private final EventFeed feed;
    private final ArticleTexts articles;

    AnnotationEvents(EventLog log, EventFeed feed, ArticleTexts articles) {
        this.log = log;
        this.feed = feed;
        this.articles = articles;
    }

    /**
     * The changes after {@code afterId}, oldest first, of one article (a 404 when it does not exist) or
     * of all (null), at most {@code limit} (up to {@link #MAX_READ}).
     */
    @Transactional(readOnly = true)
    public List<StreamedEvent> after(long afterId, @Nullable Long articleId, int limit) {
        if (articleId != null) {
            articles.get(articleId);
        }
        return log.after(afterId, articleId, Math.max(1, Math.min(limit, MAX_READ)));
    }

    /** The newest change's id: where a stream that asks for nothing older starts. */
    @Transactional(readOnly = true)
    public long newest() {
        return log.newest();
    }

    /**
     * Calls the listener when changes were committed, on this instance or any other sharing the
     * database (on this instance's feed thread: keep it short); run the result to stop. Open to all:
     * it says only that something changed (a stream then reads what, as its user).
     */
    @PreAuthorize("permitAll()")
    public Runnable onCommitted(Runnable listener) {
        return feed.onNews(listener);
    }

    /**
     * Hands each change committed from now on, on this instance or any other sharing the database, to
     * the listener, in order (on this instance's feed thread: keep it short, or hand the work on); run
     * the result to stop. For this instance's open pages: ids, types and names only, as the streams send.
     */
    @PreAuthorize("permitAll()")
    public Runnable subscribe(java.util.function.Consumer<StreamedEvent> listener) {
        return feed.subscribe(listener);
    }
}
