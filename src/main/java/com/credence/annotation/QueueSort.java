package com.credence.annotation;

/** The orders the queue can be sorted in. */
public enum QueueSort {
    /** Longest waiting first (submitted earliest). */
    WAITING,
    /** Most recently submitted first. */
    NEWEST,
    AUTHOR,
    TAG,
    ARTICLE,
    OUTLET,
    /** Last changed first. */
    UPDATED
}
