package com.credence.base;

/** A request body went past the limit while it was read; what was read is dropped (413). */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long limit) {
        super("The request body is over " + limit / (1024 * 1024) + " MB; it was read no further.");
    }
}
