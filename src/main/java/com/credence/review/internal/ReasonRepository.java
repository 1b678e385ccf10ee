package com.credence.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReasonRepository extends JpaRepository<Reason, String> {

    List<Reason> findAllByOrderByPositionAscCodeAsc();
}
