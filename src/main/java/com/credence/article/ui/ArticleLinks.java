package com.credence.article.ui;

/**
 * Where an article opens. The article page itself (reading and annotating) belongs to the
 * annotation module, which depends on this one, so the article views link to it by its route.
 */
final class ArticleLinks {

    private ArticleLinks() {
    }

    static String href(long articleId) {
        return "articles/" + articleId;
    }
}
