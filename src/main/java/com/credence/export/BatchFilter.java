package com.credence.export;

import com.credence.annotation.AnnotationStatus;
import com.credence.article.ArticleProgress;
import com.credence.article.ArticleSelection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which articles a batch export takes: an outlet, a publication date range, how far the work has
 * come, who it is assigned to, and a status at least one of its annotations is in. A null part
 * matches every article; all parts must match.
 */
public record BatchFilter(@Nullable String outlet, @Nullable LocalDate publishedFrom, @Nullable LocalDate publishedTo,
        @Nullable ArticleProgress progress, @Nullable String assignee, @Nullable AnnotationStatus status) {

    public BatchFilter {
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
    }

    public static BatchFilter everything() {
        return new BatchFilter(null, null, null, null, null, null);
    }

    /** The article module's part of the filter (checks the date range). */
    public ArticleSelection articles() {
        return new ArticleSelection(outlet, publishedFrom, publishedTo, progress);
    }

    /** The filter in words, for lists and the manifest: "outlet The Courier · published 2026-01-01 to 2026-02-01". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (outlet != null) {
            parts.add("outlet " + outlet);
        }
        if (publishedFrom != null || publishedTo != null) {
            parts.add("published " + (publishedFrom == null ? "any time" : publishedFrom) + " to "
                    + (publishedTo == null ? "now" : publishedTo));
        }
        if (progress != null) {
            parts.add("progress " + progress.label());
        }
        if (assignee != null) {
            parts.add("assigned to " + assignee);
        }
        if (status != null) {
            parts.add("with annotations " + status.label().toLowerCase(java.util.Locale.ROOT));
        }
        return parts.isEmpty() ? "all articles" : String.join(" · ", parts);
    }
}
