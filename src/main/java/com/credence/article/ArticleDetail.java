package com.credence.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An article with its stored text, as the reading view shows it. */
public record ArticleDetail(
        long id,
        String title,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable String byline,
        @Nullable LocalDate publishedAt,
        String text,
        String sha256,
        String importedBy,
        Instant importedAt) {

    /** The text's paragraphs: runs of text separated by blank lines. */
    public List<String> paragraphs() {
        return List.of(text.split("\\n\\s*\\n")).stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
