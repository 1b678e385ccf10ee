package com.credence.annotation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a user says about a span: the fields an annotation is created or changed with. {@code sourceId}
 * names a source ledger entry and wins over {@code source} (the name); without it, the source name is
 * linked to the entry whose name or alias matches it, or to a new one.
 */
public record AnnotationDraft(
        int start,
        int end,
        String tag,
        @Nullable String source,
        @Nullable String cue,
        @Nullable String note,
        List<String> evidence,
        @Nullable Long conflictsWith,
        @Nullable Long sourceId) {

    public AnnotationDraft {
        if (evidence.stream().anyMatch(java.util.Objects::isNull)) { // from a JSON list like ["https://…", null]: refused, not a failure
            throw new com.credence.base.InvalidInputException("An evidence link is null; leave it out instead.");
        }
        evidence = List.copyOf(evidence);
    }

    /** Without a ledger entry: the source, if any, is linked by its name. */
    public AnnotationDraft(int start, int end, String tag, @Nullable String source, @Nullable String cue, @Nullable String note,
            List<String> evidence, @Nullable Long conflictsWith) {
        this(start, end, tag, source, cue, note, evidence, conflictsWith, null);
    }

    /** A bare tagging of a span, as the keyboard or the toolbar makes it. */
    public static AnnotationDraft tagging(int start, int end, String tag) {
        return new AnnotationDraft(start, end, tag, null, null, null, List.of(), null);
    }

    public static AnnotationDraft of(AnnotationView a) {
        return new AnnotationDraft(a.start(), a.end(), a.tag(), a.source(), a.cue(), a.note(), a.evidence(), a.conflictsWith(), a.sourceId());
    }

    public AnnotationDraft withTag(String newTag) {
        return new AnnotationDraft(start, end, newTag, source, cue, note, evidence, conflictsWith, sourceId);
    }
}
