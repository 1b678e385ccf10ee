package com.credence.article.internal;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code article_words_match(title, outlet, body, tsquery)} for the article search queries: on
 * PostgreSQL, full-text search over the same expression as the GIN index {@code ix_article_words}
 * (db/vendor/postgresql/V17), so that the index answers it: the {@code simple} configuration (no
 * language's stemming: articles come in many languages), the first million characters of the text
 * (a tsvector holds at most 1 MB). Other databases have no such index and no such operator: there
 * it matches nothing, and {@code ArticleService} never asks it (H2 searches with LIKE).
 * Registered through META-INF/services.
 */
public class ArticleSearchFunction implements FunctionContributor {

    static final String NAME = "article_words_match";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        String pattern = functions.getDialect() instanceof PostgreSQLDialect
                ? "(to_tsvector('simple', ?1 || ' ' || coalesce(?2, '') || ' ' || left(?3, 1000000)) @@ to_tsquery('simple', ?4))"
                : "(?1 is null and ?2 is null and ?3 is null and ?4 is null)"; // never: an article always has a title
        functions.getFunctionRegistry().registerPattern(NAME, pattern,
                functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }
}
