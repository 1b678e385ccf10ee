package com.credence.base;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * "Something of this user's changed": open pages of that user (the navigation's badges) subscribe
 * and refresh themselves. Carries no data; listeners read what they need through the services.
 */
@Component
public class UserSignals {

    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    /** Listens for signals to this user; run the returned action to stop. */
    public Runnable subscribe(String username, Runnable listener) {
        listeners.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(username, (u, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    public void signal(String username) {
        Set<Runnable> set = listeners.get(username);
        if (set != null) {
            set.forEach(Runnable::run);
        }
    }
}
