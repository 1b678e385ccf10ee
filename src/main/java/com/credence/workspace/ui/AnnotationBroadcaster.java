package com.credence.workspace.ui;

import com.credence.annotation.AnnotationEvents;
import com.credence.annotation.StreamedEvent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tells every open view of an article on this instance about its annotations' changes, made here or
 * on any other instance sharing the database: it follows the annotation module's feed of committed
 * changes (in order, on the feed's thread, never on the thread of the person who saved); each view
 * then pushes to its own browser (UI.access, queued), so a slow browser slows nobody else. A notice to
 * open pages, not a record: the pages are gone if the server stops.
 */
@Component
class AnnotationBroadcaster implements DisposableBean {

    private final Map<Long, Set<Consumer<StreamedEvent>>> listeners = new ConcurrentHashMap<>();
    /** Changes handed to open pages, for Prometheus: {@code credence.events.delivered}. */
    private final io.micrometer.core.instrument.Counter delivered;
    private final Runnable unsubscribe;

    AnnotationBroadcaster(AnnotationEvents events, io.micrometer.core.instrument.MeterRegistry registry) {
        this.delivered = io.micrometer.core.instrument.Counter.builder("credence.events.delivered")
                .description("Annotation changes handed to open article pages").tag("to", "open-page").register(registry);
        this.unsubscribe = events.subscribe(this::on);
    }

    /** Subscribes a view to one article; run the returned action to unsubscribe. */
    Runnable register(long articleId, Consumer<StreamedEvent> listener) {
        listeners.computeIfAbsent(articleId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(articleId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many views are subscribed to an article. */
    int subscribers(long articleId) {
        Set<Consumer<StreamedEvent>> set = listeners.get(articleId);
        return set == null ? 0 : set.size();
    }

    void on(StreamedEvent event) {
        Set<Consumer<StreamedEvent>> set = listeners.get(event.articleId());
        if (set != null) {
            set.forEach(listener -> {
                listener.accept(event);
                delivered.increment();
            });
        }
    }

    @Override
    public void destroy() {
        unsubscribe.run();
    }
}
