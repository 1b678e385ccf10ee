package com.credence.annotation.internal;

import com.credence.article.ArticleDetail;
import com.credence.article.ArticleService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The articles being annotated, kept in memory for validating offsets. An article's text never
 * changes after import, so a cached copy is never stale; the cache keeps the most recently used
 * few, so tagging in a long article does not read half a megabyte from the database every time.
 */
@Component
public class ArticleTexts {

    private static final int SIZE = 16;

    private final ArticleService articles;
    private final Map<Long, ArticleDetail> cache = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ArticleDetail> eldest) {
            return size() > SIZE;
        }
    };

    ArticleTexts(ArticleService articles) {
        this.articles = articles;
    }

    /** The article, read through the article service (and its access rules) on a cache miss. */
    public ArticleDetail get(long articleId) {
        synchronized (cache) {
            ArticleDetail cached = cache.get(articleId);
            if (cached != null) {
                return cached;
            }
        }
        ArticleDetail article = articles.get(articleId);
        synchronized (cache) {
            cache.put(articleId, article);
        }
        return article;
    }
}
