package com.credence.base;

/** The request cannot be carried out in the current state of things (HTTP 409); nothing was changed. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
