package com.credence.article;

/**
 * How far the work on an article has come, derived from its annotations (kept up to date by the
 * review module): nothing marked yet, being marked, waiting for review, or reviewed.
 */
public enum ArticleProgress {
    NEW, IN_PROGRESS, IN_REVIEW, DONE;

    public String label() {
        return switch (this) {
            case NEW -> "New";
            case IN_PROGRESS -> "In progress";
            case IN_REVIEW -> "In review";
            case DONE -> "Done";
        };
    }
}
