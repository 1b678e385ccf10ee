package com.credence.annotation.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AnnotationRepository extends JpaRepository<Annotation, Long> {

    List<Annotation> findByArticleIdOrderByStartAscEndDescIdAsc(long articleId);

    long countByTag(String tag);

    @Query("""
            select distinct a.source from Annotation a
            where a.source is not null and lower(a.source) like concat(:prefix, '%') escape '\\'
            order by a.source""")
    List<String> findSources(String prefix, Pageable pageable);

    @Modifying
    @Query("update Annotation a set a.conflictsWith = null where a.conflictsWith = :id")
    int clearConflictsWith(long id);
}
