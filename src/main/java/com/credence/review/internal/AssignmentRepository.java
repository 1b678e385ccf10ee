package com.credence.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Assignment.Key> {

    List<Assignment> findByKeyArticleIdOrderByKeyUsername(long articleId);

    List<Assignment> findByKeyUsername(String username);

    boolean existsByKeyArticleId(long articleId);
}
