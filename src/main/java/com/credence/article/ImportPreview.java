package com.credence.article;

import com.credence.text.TextSpan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cleaned text as it would be stored, its sentences, the title found in it, the articles
 * already stored with the same text, every paragraph of the input with what is proposed or chosen for
 * leaving out, and what the input said about itself (a web page's title, byline, outlet and date).
 */
public record ImportPreview(
        String text,
        List<TextSpan> sentences,
        @Nullable String suggestedTitle,
        String sha256,
        List<ArticleSummary> sameText,
        List<Paragraph> paragraphs,
        ArticleMetadata found) {

    /**
     * A paragraph of the cleaned input, numbered from 0: why it looks like page furniture (null when it
     * looks like the story), and whether it is left out of the stored text.
     */
    public record Paragraph(int index, String text, @Nullable String boilerplate, boolean excluded) {
    }
}
