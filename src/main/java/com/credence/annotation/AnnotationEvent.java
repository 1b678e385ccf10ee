package com.credence.annotation;

/**
 * Something happened to an annotation. Events carry ids only; listeners read what they need through
 * the services. They are published through Spring Modulith's event publication registry: a listener
 * that fails (or a crash before it ran) leaves its publication incomplete, and it is delivered again
 * at the next start.
 */
public sealed interface AnnotationEvent
        permits AnnotationCreated, AnnotationChanged, AnnotationDeleted, AnnotationRestored, AnnotationStatusChanged {

    long articleId();

    long annotationId();

    /** Who did it. */
    String by();
}
