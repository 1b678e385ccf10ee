package com.credence.workspace.ui;

import com.credence.annotation.AnnotationView;
import com.credence.article.ArticleDetail;
import com.credence.text.TextSpan;
import com.credence.tagset.TagView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code <credence-text>} receives, described once: these records serialise to exactly the
 * interfaces of frontend/src/payload.ts (TextPayload, TagData, AnnotationData, SuggestionData); a test compares the
 * two. Absent values are sent as {@code null}, never as "".
 */
record TextPayload(String text, int[] sentences, List<TagData> tags, List<AnnotationData> annotations) {

    record TagData(String key, String name, String colour, String line, @Nullable String hotkey) {

        static TagData of(TagView t) {
            return new TagData(t.key(), t.name(), t.colour(), t.line().css(), t.retired() ? null : t.hotkey());
        }
    }

    record AnnotationData(long id, int start, int end, String tag, String author) {

        static AnnotationData of(AnnotationView a) {
            return new AnnotationData(a.id(), a.start(), a.end(), a.tag(), a.author());
        }
    }

    /** A suggestion on the text: its span, tag, cue and source, and the reason (plain text, shown as text). */
    record SuggestionData(int start, int end, String tag, int cueStart, int cueEnd, @Nullable String source, String reason) {

        static SuggestionData of(com.credence.suggestion.Suggestion s) {
            return new SuggestionData(s.start(), s.end(), s.tag(), s.cueStart(), s.cueEnd(), s.source(), s.reason());
        }
    }

    /** A suggestion named by its span and tag. */
    record SuggestionSpan(int start, int end, String tag) {

        static SuggestionSpan of(com.credence.suggestion.Suggestion s) {
            return new SuggestionSpan(s.start(), s.end(), s.tag());
        }
    }

    /** The article's suggestions changed: those gone, and those new or back. */
    record SuggestionChange(List<SuggestionSpan> remove, List<SuggestionData> add) {
    }

    /** The article with its annotations; retired tags only where an annotation still carries them. */
    static TextPayload of(ArticleDetail article, List<AnnotationView> annotations, List<TagView> tags) {
        int[] sentences = new int[article.sentences().size() * 2];
        int i = 0;
        for (TextSpan s : article.sentences()) {
            sentences[i++] = s.start();
            sentences[i++] = s.end();
        }
        List<TagData> shownTags = tags.stream()
                .filter(t -> !t.retired() || annotations.stream().anyMatch(a -> a.tag().equals(t.key())))
                .map(TagData::of).toList();
        return new TextPayload(article.text(), sentences, shownTags, annotations.stream().map(AnnotationData::of).toList());
    }
}
