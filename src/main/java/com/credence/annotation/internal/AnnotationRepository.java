package com.credence.annotation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Annotations; "live" ones are those not deleted (tombstone 0). */
public interface AnnotationRepository extends JpaRepository<Annotation, Long> {

    List<Annotation> findByArticleIdAndTombstoneOrderByStartAscEndDescIdAsc(long articleId, long tombstone);

    Optional<Annotation> findByIdAndTombstone(long id, long tombstone);

    Optional<Annotation> findFirstByArticleIdAndStartAndEndAndTagAndAuthorAndTombstone(long articleId, int start, int end,
            String tag, String author, long tombstone);

    List<Annotation> findByConflictsWithAndTombstone(long conflictsWith, long tombstone);

    boolean existsByArticleIdAndStartAndEndAndTagAndTombstone(long articleId, int start, int end, String tag, long tombstone);

    /** Every annotation with this tag, deleted ones included (they keep their tag). */
    long countByTag(String tag);

    @Query("""
            select distinct a.source from Annotation a
            where a.tombstone = 0 and a.source is not null and lower(a.source) like concat(:prefix, '%') escape '\\'
            order by a.source""")
    List<String> findSources(String prefix, Pageable pageable);

    @Query("""
            select a from Annotation a where a.articleId = :articleId and a.start = :start and a.end = :end
              and a.author = :author and a.tombstone = 0 order by a.id""")
    List<Annotation> mineOnSpan(long articleId, int start, int end, String author);

    /** The articles with at least one live annotation in this status. */
    @Query("select distinct a.articleId from Annotation a where a.tombstone = 0 and a.status = :status")
    List<Long> findArticleIdsWithStatus(com.credence.annotation.AnnotationStatus status);

    default List<Annotation> liveOnArticle(long articleId) {
        return findByArticleIdAndTombstoneOrderByStartAscEndDescIdAsc(articleId, 0);
    }

    default Optional<Annotation> live(long id) {
        return findByIdAndTombstone(id, 0);
    }

    /** The live annotation of the same author with the same span and tag, if there is one. */
    default Optional<Annotation> twin(long articleId, int start, int end, String tag, String author) {
        return findFirstByArticleIdAndStartAndEndAndTagAndAuthorAndTombstone(articleId, start, end, tag, author, 0);
    }

    default List<Annotation> liveConflictingWith(long id) {
        return findByConflictsWithAndTombstone(id, 0);
    }
}
