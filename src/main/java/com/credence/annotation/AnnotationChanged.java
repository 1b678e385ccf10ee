package com.credence.annotation;

/** An annotation's anchor, content or links changed. */
public record AnnotationChanged(long articleId, long annotationId, String by) implements AnnotationEvent {
}
