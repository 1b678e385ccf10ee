package com.credence.annotation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an annotation is in its life. The transitions are a table here, in the domain: the entity
 * refuses every move the table does not list. Review adds its statuses and moves to this table.
 */
public enum AnnotationStatus {
    /** Being worked on by its author. */
    DRAFT;

    /** The longest status name; the column width. */
    public static final int MAX_LENGTH = 20;

    private static final Map<AnnotationStatus, Set<AnnotationStatus>> TRANSITIONS = new EnumMap<>(AnnotationStatus.class);

    static {
        TRANSITIONS.put(DRAFT, EnumSet.noneOf(AnnotationStatus.class));
    }

    /** The statuses an annotation in this status may move to. */
    public Set<AnnotationStatus> next() {
        return EnumSet.copyOf(TRANSITIONS.get(this));
    }

    public boolean canMoveTo(AnnotationStatus target) {
        return TRANSITIONS.get(this).contains(target);
    }

    /** Moving to {@code target}, or {@link TransitionNotAllowedException} when the table does not list it. */
    public AnnotationStatus moveTo(AnnotationStatus target) {
        if (!canMoveTo(target)) {
            throw new TransitionNotAllowedException(this, target);
        }
        return target;
    }
}
