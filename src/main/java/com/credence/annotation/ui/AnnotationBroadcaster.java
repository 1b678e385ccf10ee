package com.credence.annotation.ui;

import com.credence.annotation.AnnotationChanged;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open view of an article about annotation changes, once they are committed. The
 * listeners are the views (they push to their browser with UI.access). Fed by the in-process event;
 * a multi-instance deployment would feed the same method from a message broker.
 */
@Component
class AnnotationBroadcaster {

    private final Map<Long, Set<Consumer<AnnotationChanged>>> listeners = new ConcurrentHashMap<>();

    Runnable register(long articleId, Consumer<AnnotationChanged> listener) {
        listeners.computeIfAbsent(articleId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(articleId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnnotationChanged event) {
        Set<Consumer<AnnotationChanged>> set = listeners.get(event.articleId());
        if (set != null) {
            set.forEach(listener -> listener.accept(event));
        }
    }
}
