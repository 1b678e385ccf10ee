package com.credence.suggestion.internal;

import com.credence.suggestion.Suggestion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The suggesters' output per article, keyed by article id and the text's SHA-256 (a new text is a new
 * entry), the most recently used 512 articles kept. Filled at import, off the request thread, or on
 * first use.
 */
@Component
public class SuggestionCache {

    private static final int SIZE = 512;

    private record Cached(String sha256, List<Suggestion> suggestions) {
    }

    private final Map<Long, Cached> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Cached> eldest) {
            return size() > SIZE;
        }
    };

    public List<Suggestion> get(long articleId, String sha256, Supplier<List<Suggestion>> compute) {
        synchronized (entries) {
            Cached e = entries.get(articleId);
            if (e != null && e.sha256.equals(sha256)) {
                return e.suggestions;
            }
        }
        List<Suggestion> computed = List.copyOf(compute.get()); // outside the lock: other articles need not wait
        synchronized (entries) {
            entries.put(articleId, new Cached(sha256, computed));
        }
        return computed;
    }

    public boolean has(long articleId, String sha256) {
        synchronized (entries) {
            Cached e = entries.get(articleId);
            return e != null && e.sha256.equals(sha256);
        }
    }
}
