package com.credence.suggestion;

import org.jspecify.annotations.Nullable;

/**
 * A proposed annotation: the span {@code [start, end)} (a sentence) in UTF-16 offsets into the
 * article's text, the tag key, the cue that gave it away ({@code [cueStart, cueEnd)}), the source
 * taken from the sentence (null when there is none or it cannot be told), and the reason as a short
 * sentence for the person deciding, naming the suggester that made it.
 */
public record Suggestion(int start, int end, String tag, int cueStart, int cueEnd, @Nullable String source, String reason) {

    public Suggestion {
        if (start < 0 || end <= start || cueStart < start || cueEnd > end || cueEnd <= cueStart) {
            throw new IllegalArgumentException("Not a suggestion span: [" + start + ", " + end + ") cue [" + cueStart + ", " + cueEnd + ")");
        }
    }

    /** Whether this is the suggestion for that span and tag. */
    public boolean is(int start, int end, String tag) {
        return this.start == start && this.end == end && this.tag.equals(tag);
    }
}
