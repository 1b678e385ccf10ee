package com.credence.text;

/**
 * A {@code [start, end)} range of UTF-16 indices into an article's stored text, as Java's
 * {@code String} and JavaScript count them.
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a span: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
