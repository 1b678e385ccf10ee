package com.credence.article.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The inputs of imports, by article id. */
public interface StoredOriginals extends JpaRepository<StoredOriginal, Long> {
}
