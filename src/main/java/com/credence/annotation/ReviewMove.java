package com.credence.annotation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The table of status moves: from which statuses, to which, and who makes it. The author submits
 * (a draft, or work sent back for changes); a reviewer (an editor or admin, and with four eyes not
 * the author) approves, rejects, requests changes, or reopens what was approved or rejected.
 */
public enum ReviewMove {
    SUBMIT(Actor.AUTHOR, EnumSet.of(AnnotationStatus.DRAFT, AnnotationStatus.CHANGES_REQUESTED), AnnotationStatus.SUBMITTED),
    APPROVE(Actor.REVIEWER, EnumSet.of(AnnotationStatus.SUBMITTED), AnnotationStatus.APPROVED),
    REJECT(Actor.REVIEWER, EnumSet.of(AnnotationStatus.SUBMITTED), AnnotationStatus.REJECTED),
    REQUEST_CHANGES(Actor.REVIEWER, EnumSet.of(AnnotationStatus.SUBMITTED), AnnotationStatus.CHANGES_REQUESTED),
    REOPEN(Actor.REVIEWER, EnumSet.of(AnnotationStatus.APPROVED, AnnotationStatus.REJECTED), AnnotationStatus.SUBMITTED);

    /** Who makes a move. */
    public enum Actor { AUTHOR, REVIEWER }

    private final Actor actor;
    private final Set<AnnotationStatus> from;
    private final AnnotationStatus to;

    ReviewMove(Actor actor, Set<AnnotationStatus> from, AnnotationStatus to) {
        this.actor = actor;
        this.from = from;
        this.to = to;
    }

    public Actor actor() {
        return actor;
    }

    public Set<AnnotationStatus> from() {
        return EnumSet.copyOf(from);
    }

    public AnnotationStatus to() {
        return to;
    }

    /** What the move did, as people read it in a history: "Approved", "Changes requested". */
    public String label() {
        return switch (this) {
            case SUBMIT -> "Submitted";
            case APPROVE -> "Approved";
            case REJECT -> "Rejected";
            case REQUEST_CHANGES -> "Changes requested";
            case REOPEN -> "Reopened";
        };
    }

    /** Whether the move needs a reason (and takes an optional comment): sending work back or refusing it. */
    public boolean needsReason() {
        return this == REJECT || this == REQUEST_CHANGES;
    }

    /** The move from one status to another, if the table has one. */
    public static java.util.Optional<ReviewMove> between(AnnotationStatus from, AnnotationStatus to) {
        for (ReviewMove m : values()) {
            if (m.from.contains(from) && m.to == to) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }
}
