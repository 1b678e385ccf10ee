package com.credence.annotation;

/** A new annotation was made. */
public record AnnotationCreated(long articleId, long annotationId, String by) implements AnnotationEvent {
}
