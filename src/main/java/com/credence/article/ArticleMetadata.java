package com.credence.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a user says about an article they import. Blank values count as absent. */
public record ArticleMetadata(
        @Nullable String title,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable String byline,
        @Nullable LocalDate publishedAt) {
}
