package com.credence.article;

/** The text (same SHA-256) or the URL is already stored; nothing was created (the API answers 409). */
public class DuplicateArticleException extends RuntimeException {

    private final transient ArticleSummary existing;

    public DuplicateArticleException(ArticleSummary existing) {
        super("This article is already stored as '" + existing.title() + "' (id " + existing.id() + ").");
        this.existing = existing;
    }

    public ArticleSummary existing() {
        return existing;
    }
}
