package com.credence.article;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An article as lists show it (no text). */
public record ArticleSummary(
        long id,
        String title,
        @Nullable String outlet,
        @Nullable String byline,
        @Nullable LocalDate publishedAt,
        String importedBy,
        Instant importedAt,
        int length,
        ArticleProgress progress) {
}
