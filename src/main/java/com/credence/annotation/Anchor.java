package com.credence.annotation;

import com.credence.base.InvalidInputException;

/**
 * Where an annotation sits in its article's text: {@code [start, end)} UTF-16 offsets (the W3C
 * TextPositionSelector) and the quoted text with up to {@link #CONTEXT} characters before and after
 * (the TextQuoteSelector), so it can be found again in a re-imported text. Made only from the text
 * itself ({@link #in}), so the quote and its context always agree with the offsets.
 */
public record Anchor(int start, int end, String quote, String prefix, String suffix) {

    /** Characters of context kept either side of the quote. */
    public static final int CONTEXT = 32;
    /** Column width of prefix and suffix: {@link #CONTEXT} characters, doubled for safety with surrogate pairs. */
    public static final int MAX_CONTEXT_COLUMN = 2 * CONTEXT;

    public Anchor {
        if (start < 0 || end <= start || quote.length() != end - start || prefix.length() > CONTEXT
                || suffix.length() > CONTEXT) {
            throw new IllegalArgumentException("Inconsistent anchor [" + start + ", " + end + ")");
        }
    }

    /** The anchor of {@code [start, end)} in {@code text}, or a clear message why there is none. */
    public static Anchor in(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new InvalidInputException("The span [" + start + ", " + end + ") is not inside the article's text (0 to "
                    + text.length() + ").");
        }
        if (splitsSurrogate(text, start) || splitsSurrogate(text, end)) {
            throw new InvalidInputException("The span [" + start + ", " + end + ") cuts a character in half.");
        }
        String quote = text.substring(start, end);
        if (quote.isBlank()) {
            throw new InvalidInputException("The span holds only white space: select some text.");
        }
        int prefixStart = Math.max(0, start - CONTEXT);
        if (splitsSurrogate(text, prefixStart)) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), end + CONTEXT);
        if (splitsSurrogate(text, suffixEnd)) {
            suffixEnd--;
        }
        return new Anchor(start, end, quote, text.substring(prefixStart, start), text.substring(end, suffixEnd));
    }

    /** Whether two anchors cover the same span. */
    public boolean sameSpan(Anchor other) {
        return start == other.start && end == other.end;
    }

    private static boolean splitsSurrogate(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1));
    }
}
