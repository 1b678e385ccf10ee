package com.credence.review;

import com.credence.annotation.AnnotationEvent;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationStatus;
import com.credence.article.ArticleProgress;
import com.credence.article.ArticleService;
import com.credence.security.SystemTasks;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each article's progress (new, in progress, in review, done) up to date from its annotations
 * and assignments, after every change to them; the article list shows and filters it.
 */
@Component
class ProgressKeeper {

    private final AnnotationService annotations;
    private final ArticleService articles;
    private final AssignmentService assignments;
    private final SystemTasks system;

    ProgressKeeper(AnnotationService annotations, ArticleService articles, AssignmentService assignments, SystemTasks system) {
        this.annotations = annotations;
        this.articles = articles;
        this.assignments = assignments;
        this.system = system;
    }

    // Not @ApplicationModuleListener: that runs the listener in a transaction of its own, which holds a
    // connection while recordProgress (REQUIRES_NEW) waits for a second one; with as many listeners
    // running as the pool has connections, they all waited (found by the load benchmark). Each step
    // below is a transaction of its own, one connection at a time. Still a durable module listener
    // (after commit, asynchronous, tracked by the publication registry, delivered again after a crash).
    @Async
    @TransactionalEventListener
    void on(AnnotationEvent event) {
        update(event.articleId());
    }

    @Async
    @TransactionalEventListener
    void on(ArticleAssigned event) {
        update(event.articleId());
    }

    /**
     * Reads the counts and writes the progress under a lock per article (striped), so that of two
     * listeners for one article the later one always reads after the earlier one wrote: the last write
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
