package com.credence.annotation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An annotation: anchored by {@code [start, end)} offsets into the article's text and by its quote
 * with up to 32 characters of context either side; its status and the last review decision.
 */
public record AnnotationView(
        long id,
        long articleId,
        int start,
        int end,
        String quote,
        String prefix,
        String suffix,
        String tag,
        @Nullable String source,
        @Nullable String cue,
        @Nullable String note,
        List<String> evidence,
        @Nullable Long conflictsWith,
        String status,
        String author,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable Instant submittedAt,
        @Nullable ReviewOutcome review) {

    public AnnotationView {
        evidence = List.copyOf(evidence);
    }
}
