package com.credence.article;

/** An article was imported (published in the importing transaction; carries its id only). */
public record ArticleImported(long articleId) {
}
