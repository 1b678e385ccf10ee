package com.credence.annotation;

/** An annotation was deleted; it can be restored. */
public record AnnotationDeleted(long articleId, long annotationId, String by) implements AnnotationEvent {
}
