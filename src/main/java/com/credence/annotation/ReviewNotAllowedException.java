package com.credence.annotation;

import org.springframework.security.access.AccessDeniedException;

/** The person may not make this review move: not the author, not a reviewer, or reviewing their own work. */
public class ReviewNotAllowedException extends AccessDeniedException {

    public ReviewNotAllowedException(String message) {
        super(message);
    }
}
