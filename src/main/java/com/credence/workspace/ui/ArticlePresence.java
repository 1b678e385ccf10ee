package com.credence.workspace.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who has which article open (in this instance): each article page joins when it shows an article and
 * leaves when it shows another or closes; the pages of that article are told, so each shows the
 * others' initials. Per instance, like the live updates.
 */
@Component
class ArticlePresence {

    private record Visit(String username, Runnable onChange) {
    }

    private final Map<Long, Map<Object, Visit>> visits = new ConcurrentHashMap<>();

    /** The page shows the article for this user; run the returned action when it stops. */
    Runnable join(long articleId, Object page, String username, Runnable onChange) {
        visits.computeIfAbsent(articleId, id -> new ConcurrentHashMap<>()).put(page, new Visit(username, onChange));
        notify(articleId, page);
        return () -> {
            visits.computeIfPresent(articleId, (id, map) -> {
                map.remove(page);
                return map.isEmpty() ? null : map;
            });
            notify(articleId, page);
        };
    }

    /** The other people with the article open, by name, without me. */
    List<String> others(long articleId, String me) {
        Map<Object, Visit> map = visits.get(articleId);
        if (map == null) {
            return List.of();
        }
        return map.values().stream().map(Visit::username).filter(u -> !u.equals(me)).distinct().sorted().toList();
    }

    private void notify(long articleId, Object except) {
        Map<Object, Visit> map = visits.get(articleId);
        if (map != null) {
            Set<Map.Entry<Object, Visit>> entries = map.entrySet();
            entries.stream().filter(e -> e.getKey() != except).forEach(e -> e.getValue().onChange().run());
        }
    }
}
