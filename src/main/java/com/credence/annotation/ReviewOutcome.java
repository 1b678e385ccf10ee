package com.credence.annotation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The last review decision on an annotation: who, which, why, when, and for an approved contested claim the verdict. */
public record ReviewOutcome(String reviewer, ReviewMove decision, @Nullable String reason, @Nullable String comment, Instant at,
        @Nullable String verdict) {

    public ReviewOutcome(String reviewer, ReviewMove decision, @Nullable String reason, @Nullable String comment, Instant at) {
        this(reviewer, decision, reason, comment, at, null);
    }
}
