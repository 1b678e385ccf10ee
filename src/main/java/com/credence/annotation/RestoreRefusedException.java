package com.credence.annotation;

/** The annotation cannot be restored: it is not deleted, or its author has made the same one again since. */
public class RestoreRefusedException extends RuntimeException {

    public RestoreRefusedException(String message) {
        super(message);
    }
}
