package com.credence.tagset.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TagRepository extends JpaRepository<Tag, Long> {

    Optional<Tag> findByKey(String key);

    List<Tag> findAllByOrderByPositionAscIdAsc();

    boolean existsByHotkeyAndRetiredFalseAndKeyNot(String hotkey, String key);
}
