package com.credence.annotation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One committed change to an annotation as the event streams send it: its place in the stream
 * ({@code id}, increasing), its type ({@code annotation.created|changed|deleted|restored|status}), the
 * annotation, its article, its version after the change, who did it and when, and whose annotation it
 * is (null when it is gone for good).
 */
public record StreamedEvent(long id, String type, long annotationId, long articleId, long version, String by, Instant at,
        @Nullable String author) {
}
