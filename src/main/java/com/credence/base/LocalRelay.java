package com.credence.base;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The relay of a single instance: in memory, after commit, on one thread of its own. */
class LocalRelay implements Relay, AutoCloseable {

    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "relay-local");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void publish(String topic) {
        AfterCommit.run(() -> deliver(topic));
    }

    void deliver(String topic) {
        Set<Runnable> set = listeners.get(topic);
        if (set != null) {
            thread.execute(() -> set.forEach(Relays::runQuietly));
        }
    }

    @Override
    public Runnable subscribe(String topic, Runnable listener) {
        return Relays.add(listeners, topic, listener);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
