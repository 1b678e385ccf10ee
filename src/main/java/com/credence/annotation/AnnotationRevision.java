package com.credence.annotation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an annotation's history: who did what when, and the annotation as it then was. */
public record AnnotationRevision(long revision, Instant when, @Nullable String username, String change,
        @Nullable AnnotationView state) {
}
