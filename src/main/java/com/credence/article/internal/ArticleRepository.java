package com.credence.article.internal;

import com.credence.article.ArticleSummary;
import java.util.List;
import com.credence.article.ArticleProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    String SUMMARY = """
            select new com.credence.article.ArticleSummary(a.id, a.title, a.outlet, a.byline, a.publishedAt,
                   a.importedBy, a.importedAt, length(a.text), a.progress)
            from Article a""";

    /** Summaries without loading the text. */
    @Query(SUMMARY + " order by a.importedAt desc, a.id desc")
    List<ArticleSummary> findRecent(Pageable pageable);

    @Query(SUMMARY + " where a.id = :id")
    java.util.Optional<ArticleSummary> findSummary(long id);

    @Query(SUMMARY + " where a.sha256 = :sha256 order by a.id")
    List<ArticleSummary> findBySha256(String sha256);

    @Query(SUMMARY + " where a.url = :url order by a.id")
    List<ArticleSummary> findByUrl(String url);

    String MATCHING = " where (:query = '' or lower(a.title) like concat('%', :query, '%') escape '\\'"
            + " or lower(a.outlet) like concat('%', :query, '%') escape '\\'"
            + " or lower(a.text) like concat('%', :query, '%') escape '\\')"
            + " and (:progress is null or a.progress = :progress)";

    /** A page of summaries whose title, outlet or text contains the query (lower-case, LIKE-escaped). */
    @Query(SUMMARY + MATCHING)
    List<ArticleSummary> search(String query, @Nullable ArticleProgress progress, Pageable pageable);

    @Query("select count(a) from Article a" + MATCHING)
    long countMatching(String query, @Nullable ArticleProgress progress);

    String WORDS = " where article_words_match(a.title, a.outlet, a.text, :words) = true"
            + " and (:progress is null or a.progress = :progress)";

    /** On PostgreSQL: a page of summaries whose words match a tsquery (full-text search, GIN-indexed; see ArticleSearchFunction). */
    @Query(SUMMARY + WORDS)
    List<ArticleSummary> searchWords(String words, @Nullable ArticleProgress progress, Pageable pageable);

    @Query("select count(a) from Article a" + WORDS)
    long countWords(String words, @Nullable ArticleProgress progress);

    /**
     * The ids of the articles that match a selection, in import order (outlet lower-case; nulls match
     * anything). The date parameters are cast so that PostgreSQL knows their type when they are null.
     */
    @Query("""
            select a.id from Article a
            where (:outlet is null or lower(a.outlet) = :outlet)
              and (cast(:from as LocalDate) is null or a.publishedAt >= :from)
              and (cast(:to as LocalDate) is null or a.publishedAt <= :to)
              and (:progress is null or a.progress = :progress)
            order by a.id""")
    List<Long> selectIds(@Nullable String outlet, java.time.@Nullable LocalDate from, java.time.@Nullable LocalDate to,
            @Nullable ArticleProgress progress, Pageable pageable);

    /** The outlets there are, as written, sorted. */
    @Query("select distinct a.outlet from Article a where a.outlet is not null order by a.outlet")
    List<String> findOutlets(Pageable pageable);

    /** The article imported just before this one, by id. */
    @Query("select max(a.id) from Article a where a.id < :id")
    @Nullable Long olderThan(long id);

    /** The article imported just after this one, by id. */
    @Query("select min(a.id) from Article a where a.id > :id")
    @Nullable Long newerThan(long id);

    /**
     * Sets the derived progress alone: one column, no version bump, nothing else of the article
     * rewritten (its text can be half a megabyte). 0 when it was already that.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Article a set a.progress = :progress where a.id = :id and a.progress <> :progress")
    int updateProgress(long id, ArticleProgress progress);
}
