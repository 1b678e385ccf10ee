package com.credence.annotation;

import org.jspecify.annotations.Nullable;

/**
 * Someone else changed (or deleted) the annotation since the caller read it; nothing was saved.
 * Carries the annotation as it is now, so the caller can show the other person's change.
 */
public class StaleAnnotationException extends RuntimeException {

    private final transient @Nullable AnnotationView current;

    public StaleAnnotationException(@Nullable AnnotationView current) {
        super(current == null ? "This annotation was deleted by someone else meanwhile."
                : "Someone else changed this annotation meanwhile (now version "
                        + current.version() + "): tag " + current.tag()
                        + (current.source() == null ? "" : ", source " + current.source())
                        + (current.note() == null ? "" : ", note “" + current.note() + "”")
                        + ". Your change was not saved; look at theirs and apply yours again.");
        this.current = current;
    }

    private StaleAnnotationException(String message) {
        super(message);
        this.current = null;
    }

    /** Stale with a message of its own, for what is not a Credence annotation (one posted by another tool). */
    public static StaleAnnotationException saying(String message) {
        return new StaleAnnotationException(message);
    }

    public @Nullable AnnotationView current() {
        return current;
    }
}
