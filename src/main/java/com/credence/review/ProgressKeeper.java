package com.credence.review;

import com.credence.annotation.AnnotationEvent;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationStatus;
import com.credence.article.ArticleProgress;
import com.credence.article.ArticleService;
import com.credence.security.SystemTasks;
import com.credence.article.ArticleSelection;
import com.credence.base.AfterCommit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each article's progress (new, in progress, in review, done) up to date from its annotations
 * and assignments, after every change to them; the article list shows and filters it.
 * <p>Progress is derived data, so it is not delivered through Spring Modulith's durable publication
 * registry (three writes of its own for every annotation write: found by the load benchmark, about a
 * tenth of the server's time). After a change commits, the article is due; one update per article waits
 * at a time and covers every change committed before it runs, so a burst of keys on one article costs
 * one recount, not one each. What a crash could leave undone, the recount of every article at start
 * puts right.
 */
@Component
class ProgressKeeper {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProgressKeeper.class);

    private final AnnotationService annotations;
    private final ArticleService articles;
    private final AssignmentService assignments;
    private final SystemTasks system;
    private final Executor executor;
    /** How long an update waits for more changes to the same article before it counts. */
    static final java.time.Duration GATHER = java.time.Duration.ofMillis(200);
    /** The articles whose update is queued and has not begun yet. */
    private final Set<Long> due = ConcurrentHashMap.newKeySet();

    ProgressKeeper(AnnotationService annotations, ArticleService articles, AssignmentService assignments, SystemTasks system,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.annotations = annotations;
        this.articles = articles;
        this.assignments = assignments;
        this.system = system;
        this.executor = executor;
    }

    @EventListener
    void on(AnnotationEvent event) {
        AfterCommit.run(() -> due(event.articleId()));
    }

    @EventListener
    void on(ArticleAssigned event) {
        AfterCommit.run(() -> due(event.articleId()));
    }

    /** Every article once, after a start: what was due when the last instance stopped is done now. */
    @EventListener(ApplicationReadyEvent.class)
    void recountAll() {
        executor.execute(() -> {
            try {
                system.run(() -> articles.select(ArticleSelection.all(), Integer.MAX_VALUE)).forEach(this::updateOrLog);
            } catch (RuntimeException e) {
                LOG.warn("Could not recount the articles' progress at start", e);
            }
        });
    }

    /**
     * Queues an update of the article unless one is queued and not begun: that one reads the counts when it
     * runs, after this change committed. The update leaves the queue before it reads, so a change committed
     * while it runs queues the next one. It runs {@link #GATHER} after the change that queued it, so that the
     * changes of a busy article in that time share it.
     */
    void due(long articleId) {
        if (!due.add(articleId)) {
            return;
        }
        java.util.concurrent.CompletableFuture.delayedExecutor(GATHER.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS, executor)
                .execute(() -> {
                    due.remove(articleId);
                    updateOrLog(articleId);
                });
    }

    private void updateOrLog(long articleId) {
        try {
            update(articleId);
        } catch (RuntimeException e) { // put right by the next change to the article, or the next start
            LOG.warn("Could not update the progress of article {}", articleId, e);
        }
    }

    /**
     * Reads the counts and writes the progress under a lock per article (striped), so that of two
     * updates for one article the later one always reads after the earlier one wrote: the last write
     * is never computed from older counts. Per instance; several instances would need the database's lock.
     */
    void update(long articleId) {
        Lock lock = LOCKS[(int) Math.floorMod(articleId, (long) LOCKS.length)];
        lock.lock();
        try {
            system.run(() -> {
                articles.recordProgress(articleId, progress(annotations.countsOnArticle(articleId), assignments.assigned(articleId)));
                return null;
            });
        } finally {
            lock.unlock();
        }
    }

    private static final Lock[] LOCKS = new Lock[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new ReentrantLock();
        }
    }

    /**
     * Nothing marked and nobody on it: new. Drafts or work sent back (or assigned, nothing marked
     * yet): in progress. Everything left waiting for an editor: in review. Everything decided: done.
     */
    static ArticleProgress progress(Map<AnnotationStatus, Long> counts, boolean assigned) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long open = counts.getOrDefault(AnnotationStatus.DRAFT, 0L) + counts.getOrDefault(AnnotationStatus.CHANGES_REQUESTED, 0L);
        long waiting = counts.getOrDefault(AnnotationStatus.SUBMITTED, 0L);
        if (total == 0) {
            return assigned ? ArticleProgress.IN_PROGRESS : ArticleProgress.NEW;
        }
        if (open > 0) {
            return ArticleProgress.IN_PROGRESS;
        }
        return waiting > 0 ? ArticleProgress.IN_REVIEW : ArticleProgress.DONE;
    }
}
