package com.credence.annotation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the editors' queue shows: annotations in these statuses, narrowed by tag, author, article,
 * outlet, a range of submission times {@code [from, to)}, and with or without evidence. Null means "any".
 */
public record QueueFilter(Set<AnnotationStatus> statuses, @Nullable String tag, @Nullable String author,
        @Nullable Long articleId, @Nullable String outlet, @Nullable Instant from, @Nullable Instant to,
        @Nullable Boolean withEvidence) {

    public QueueFilter {
        statuses = statuses.isEmpty() ? EnumSet.noneOf(AnnotationStatus.class) : EnumSet.copyOf(statuses);
    }

    /** Everything waiting for review. */
    public static QueueFilter waiting() {
        return new QueueFilter(EnumSet.of(AnnotationStatus.SUBMITTED), null, null, null, null, null, null, null);
    }

    public QueueFilter withStatuses(Set<AnnotationStatus> newStatuses) {
        return new QueueFilter(newStatuses, tag, author, articleId, outlet, from, to, withEvidence);
    }
}
