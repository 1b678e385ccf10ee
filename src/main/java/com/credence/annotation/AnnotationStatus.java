package com.credence.annotation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an annotation is in its life. The moves between statuses are a table in the domain
 * ({@link ReviewMove}): the entity refuses every move the table does not list, and every move by
 * someone the table does not allow.
 *
 * <pre>
 * DRAFT → SUBMITTED → APPROVED | REJECTED | CHANGES_REQUESTED
 * CHANGES_REQUESTED → SUBMITTED (fixed by its author)      APPROVED | REJECTED → SUBMITTED (reopened by an editor)
 * </pre>
 */
public enum AnnotationStatus {
    /** Being worked on by its author. */
    DRAFT,
    /** Waiting for an editor's review. */
    SUBMITTED,
    /** Reviewed and accepted; nobody changes it until an editor reopens it. */
    APPROVED,
    /** Reviewed and refused; final until an editor reopens it. */
    REJECTED,
    /** Sent back to its author with the editor's reason, to fix and submit again. */
    CHANGES_REQUESTED;

    /** The longest status name; the column width. */
    public static final int MAX_LENGTH = 20;

    /** The statuses an annotation in this status may move to, by anyone. */
    public Set<AnnotationStatus> next() {
        EnumSet<AnnotationStatus> next = EnumSet.noneOf(AnnotationStatus.class);
        for (ReviewMove move : ReviewMove.values()) {
            if (move.from().contains(this)) {
                next.add(move.to());
            }
        }
        return next;
    }

    public boolean canMoveTo(AnnotationStatus target) {
        return next().contains(target);
    }

    /** The status as people read it. */
    public String label() {
        return switch (this) {
            case DRAFT -> "Draft";
            case SUBMITTED -> "Waiting for review";
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
            case CHANGES_REQUESTED -> "Changes requested";
        };
    }

    /** Whether its anchor and content may be changed (and it may be deleted): not once reviewed for good. */
    public boolean editable() {
        return this != APPROVED && this != REJECTED;
    }
}
