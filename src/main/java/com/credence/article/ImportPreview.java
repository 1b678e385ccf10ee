package com.credence.article;

import com.credence.text.TextSpan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cleaned text as it would be stored, its sentences, the title found in it, and the articles
 * already stored with the same text.
 */
public record ImportPreview(
        String text,
        List<TextSpan> sentences,
        @Nullable String suggestedTitle,
        String sha256,
        List<ArticleSummary> sameText) {
}
