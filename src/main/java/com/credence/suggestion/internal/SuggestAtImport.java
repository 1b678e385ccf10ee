package com.credence.suggestion.internal;

import com.credence.article.ArticleImported;
import com.credence.base.AfterCommit;
import com.credence.security.SystemTasks;
import com.credence.suggestion.SuggestionService;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Detection runs at import: once the importing transaction has committed, the new article's
 * suggestions are computed on the task executor (never on the request thread) and kept in the
 * {@link SuggestionCache}. Lost work here costs nothing: the first view computes them instead. A plain
 * listener, not a durable one (see {@link AfterCommit} for why).
 */
@Component
class SuggestAtImport {

    private static final Logger LOG = LoggerFactory.getLogger(SuggestAtImport.class);

    private final SuggestionService suggestions;
    private final SystemTasks system;
    private final Executor executor;

    SuggestAtImport(SuggestionService suggestions, SystemTasks system, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.suggestions = suggestions;
        this.system = system;
        this.executor = executor;
    }

    @EventListener
    void on(ArticleImported event) {
        AfterCommit.run(() -> executor.execute(() -> {
            try {
                system.run(() -> suggestions.list(event.articleId()));
            } catch (RuntimeException e) {
                LOG.warn("Suggestions for article {} not computed at import (they will be on first view): {}", event.articleId(), e.toString());
            }
        }));
    }
}
