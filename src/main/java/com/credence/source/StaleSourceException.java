package com.credence.source;

import org.jspecify.annotations.Nullable;

/** A change to a ledger entry made from a version someone else changed meanwhile; nothing was stored. */
public class StaleSourceException extends RuntimeException {

    private final transient @Nullable SourceView current;

    public StaleSourceException(@Nullable SourceView current) {
        super(current == null ? "This source was merged or removed meanwhile."
                : "Someone else changed this source meanwhile (now version " + current.version() + "). Your change was not saved.");
        this.current = current;
    }

    public @Nullable SourceView current() {
        return current;
    }
}
