package com.credence.annotation;

import com.credence.base.ConflictException;

/** The annotation cannot be restored: it is not deleted, or its author has made the same one again since. */
public class RestoreRefusedException extends ConflictException {

    public RestoreRefusedException(String message) {
        super(message);
    }
}
