package com.credence.article;

import com.credence.article.internal.Article;
import com.credence.article.internal.ArticleRepository;
import com.credence.article.internal.ImportPipeline;
import com.credence.text.SentenceSplitter;
import java.time.Instant;
import java.time.LocalDate;

/** Stores articles for tests directly, imported now by the given user, without going through the import. */
public final class TestArticles {

    private TestArticles() {
    }

    public static long store(ArticleRepository repository, String title, String text, String importedBy) {
        Article article = new Article(title, "Test Outlet", null, "Test Writer", LocalDate.of(2026, 1, 5),
                text, new SentenceSplitter().split(text), ImportPipeline.sha256(text), importedBy, Instant.now());
        article.markExplicitDuplicate(); // tests store the same text more than once; the duplicate check has tests of its own
        Article saved = repository.save(article);
        return saved.getId() == null ? 0 : saved.getId();
    }
}
