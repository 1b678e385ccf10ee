package com.credence.workspace.ui;

import com.credence.annotation.AnnotationEvent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open view of an article about its annotations' changes. It listens to the annotation
 * events like any other module: after the change committed, on the task executor, never on the
 * thread of the person who saved; each view then pushes to its own browser (UI.access, queued), so a
 * slow browser slows nobody else. Per instance: several instances would each feed their own views
 * from a shared event stream. A notice to open pages, not a record: not kept as a durable event
 * publication (no row to write and complete per change; the pages are gone if the server stops).
 */
@Component
class AnnotationBroadcaster {

    private final Map<Long, Set<Consumer<AnnotationEvent>>> listeners = new ConcurrentHashMap<>();
    /** Changes handed to open pages, for Prometheus: {@code credence.events.delivered}. */
    private final io.micrometer.core.instrument.Counter delivered;

    AnnotationBroadcaster(io.micrometer.core.instrument.MeterRegistry registry) {
        this.delivered = io.micrometer.core.instrument.Counter.builder("credence.events.delivered")
                .description("Annotation changes handed to open article pages").tag("to", "open-page").register(registry);
    }

    /** Subscribes a view to one article; run the returned action to unsubscribe. */
    Runnable register(long articleId, Consumer<AnnotationEvent> listener) {
        listeners.computeIfAbsent(articleId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(articleId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many views are subscribed to an article. */
    int subscribers(long articleId) {
        Set<Consumer<AnnotationEvent>> set = listeners.get(articleId);
        return set == null ? 0 : set.size();
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AnnotationEvent event) {
        Set<Consumer<AnnotationEvent>> set = listeners.get(event.articleId());
        if (set != null) {
            set.forEach(listener -> {
                listener.accept(event);
                delivered.increment();
            });
        }
    }
}
