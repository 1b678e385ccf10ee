package com.credence.annotation;

import org.jspecify.annotations.Nullable;

/** One row of the editors' queue: the annotation and the article it is on. */
public record QueueItem(AnnotationView annotation, String articleTitle, @Nullable String outlet) {
}
