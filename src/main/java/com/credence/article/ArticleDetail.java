package com.credence.article;

import com.credence.text.TextSpan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An article with its stored text and its sentences, as the reading and annotating views show it. */
public record ArticleDetail(
        long id,
        String title,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable String byline,
        @Nullable LocalDate publishedAt,
        String text,
        List<TextSpan> sentences,
        String sha256,
        String importedBy,
        Instant importedAt) {

    public ArticleDetail {
        sentences = List.copyOf(sentences);
    }
}
