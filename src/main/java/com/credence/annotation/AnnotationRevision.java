package com.credence.annotation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an annotation's history: who did what when, and the annotation as it then was
 * (with the review decision's reason and comment); {@code from} and {@code to} name the statuses
 * when the entry moved it.
 */
public record AnnotationRevision(long revision, Instant when, @Nullable String username, String change,
        @Nullable AnnotationView state, @Nullable AnnotationStatus from, @Nullable AnnotationStatus to) {
}
