package com.credence.annotation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An annotation: anchored by {@code [start, end)} offsets into the article's text and by its quote
 * with up to 32 characters of context either side; its status and the last review decision; the source
 * it is attributed to by name and, when linked, its source ledger entry ({@code sourceId}).
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
        @Nullable Long sourceId,
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

    /** Without a source ledger entry. */
    public AnnotationView(long id, long articleId, int start, int end, String quote, String prefix, String suffix, String tag,
            @Nullable String source, @Nullable String cue, @Nullable String note, List<String> evidence, @Nullable Long conflictsWith,
            String status, String author, Instant createdAt, Instant updatedAt, long version, @Nullable Instant submittedAt,
            @Nullable ReviewOutcome review) {
        this(id, articleId, start, end, quote, prefix, suffix, tag, source, null, cue, note, evidence, conflictsWith, status, author,
                createdAt, updatedAt, version, submittedAt, review);
    }
}
