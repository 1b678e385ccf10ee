package com.credence.annotation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The last review decision on an annotation: who, which, why, and when. */
public record ReviewOutcome(String reviewer, ReviewMove decision, @Nullable String reason, @Nullable String comment, Instant at) {
}
