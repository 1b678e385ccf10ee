package com.credence.annotation;

/** An annotation moved from one status to another (submitted, reviewed, reopened). */
public record AnnotationStatusChanged(long articleId, long annotationId, String by, String author, AnnotationStatus from,
        AnnotationStatus to) implements AnnotationEvent {
}
