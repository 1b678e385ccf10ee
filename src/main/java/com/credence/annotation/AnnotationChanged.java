package com.credence.annotation;

/**
 * Published after an annotation was created, changed or deleted. Carries ids only; listeners read
 * what they need through the services. In-process today; a multi-instance set-up can feed the same
 * listeners from a broker.
 */
public record AnnotationChanged(long articleId, long annotationId, Kind kind, String by) {

    public enum Kind { CREATED, UPDATED, DELETED }
}
