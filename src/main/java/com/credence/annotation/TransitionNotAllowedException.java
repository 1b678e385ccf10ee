package com.credence.annotation;

import com.credence.base.ConflictException;

/** The annotation's status does not allow this move; nothing was changed. */
public class TransitionNotAllowedException extends ConflictException {

    public TransitionNotAllowedException(AnnotationStatus from, AnnotationStatus to) {
        super("An annotation in status " + from + " cannot move to " + to + ".");
    }

    public TransitionNotAllowedException(String message) {
        super(message);
    }
}
