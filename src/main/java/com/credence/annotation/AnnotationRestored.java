package com.credence.annotation;

/** A deleted annotation was brought back, with its id, author and links. */
public record AnnotationRestored(long articleId, long annotationId, String by) implements AnnotationEvent {
}
