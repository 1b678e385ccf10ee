package com.credence.annotation;

import com.credence.base.Inputs;
import com.credence.base.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an annotation says about its span: the tag, the source the claim is attributed to, the cue
 * phrase, a note, evidence links. Checked once, here: one-line fields folded and bounded, the note
 * bounded, evidence links web addresses without repeats. Each limit is one constant, used by the
 * database migration (as a Flyway placeholder), this check and the form's maximum lengths.
 */
public record AnnotationContent(String tag, @Nullable String source, @Nullable String cue, @Nullable String note,
        List<String> evidence) {

    public static final int MAX_TAG_KEY = 40;
    public static final int MAX_SOURCE = 300;
    public static final int MAX_CUE = 300;
    public static final int MAX_NOTE = 10_000;
    public static final int MAX_EVIDENCE_LINKS = 20;
    /** A review reason's code (the reviewers' list keeps the words). */
    public static final int MAX_REASON = 40;
    /** An editor's short verdict on a contested claim ("False", "Misleading"). */
    public static final int MAX_VERDICT = 60;
    /** A reviewer's comment on a decision. */
    public static final int MAX_REVIEW_COMMENT = 2_000;
    /** Evidence links are stored one per line: the column holds the most links of the longest length. */
    public static final int MAX_EVIDENCE_COLUMN = MAX_EVIDENCE_LINKS * (Inputs.MAX_WEB_ADDRESS + 1);

    public AnnotationContent {
        if (tag.isBlank() || tag.length() > MAX_TAG_KEY) {
            throw new InvalidInputException("A tag is required.");
        }
        evidence = List.copyOf(evidence);
    }

    /** The content as a person typed it, cleaned and checked; a clear message when it cannot be kept. */
    public static AnnotationContent of(String tag, @Nullable String source, @Nullable String cue, @Nullable String note,
            List<String> evidence) {
        return new AnnotationContent(tag.strip(), Inputs.optionalLine(source, MAX_SOURCE, "source"),
                Inputs.optionalLine(cue, MAX_CUE, "cue"), note(note), links(evidence));
    }

    public AnnotationContent withTag(String newTag) {
        return new AnnotationContent(newTag, source, cue, note, evidence);
    }

    private static @Nullable String note(@Nullable String note) {
        return Inputs.optionalText(note, MAX_NOTE, "note");
    }

    private static List<String> links(List<@Nullable String> links) {
        List<String> clean = new ArrayList<>();
        for (String link : links) {
            if (link == null) {
                throw new InvalidInputException("An evidence link is null; leave it out instead.");
            }
            if (link.isBlank()) {
                continue;
            }
            String l = Inputs.webAddress(link, "evidence link");
            if (!clean.contains(l)) {
                clean.add(l);
            }
        }
        if (clean.size() > MAX_EVIDENCE_LINKS) {
            throw new InvalidInputException("At most " + MAX_EVIDENCE_LINKS + " evidence links.");
        }
        return clean;
    }
}
