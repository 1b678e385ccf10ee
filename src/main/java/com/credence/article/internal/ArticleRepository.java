package com.credence.article.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    /** Summaries without loading the text. */
    @Query("""
            select new com.credence.article.ArticleSummary(a.id, a.title, a.outlet, a.byline, a.publishedAt,
                   a.importedBy, a.importedAt, length(a.text))
            from Article a order by a.importedAt desc, a.id desc""")
    List<com.credence.article.ArticleSummary> findRecent(Pageable pageable);
}
