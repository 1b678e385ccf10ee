package com.credence.article;

import com.credence.base.InvalidInputException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which articles: those of an outlet (case-insensitive), published in a date range (both ends
 * included), whose work has come this far. A null part matches every article.
 */
public record ArticleSelection(@Nullable String outlet, @Nullable LocalDate publishedFrom, @Nullable LocalDate publishedTo,
        @Nullable ArticleProgress progress) {

    public ArticleSelection {
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
        if (publishedFrom != null && publishedTo != null && publishedFrom.isAfter(publishedTo)) {
            throw new InvalidInputException("The date range starts (" + publishedFrom + ") after it ends (" + publishedTo + ").");
        }
    }

    public static ArticleSelection all() {
        return new ArticleSelection(null, null, null, null);
    }
}
