package com.credence.article;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search query as a PostgreSQL tsquery: its words (letters and digits; anything else separates
 * them and never reaches the query syntax), each as a prefix, all required. Empty when the query has
 * no word. At most {@link #MAX_WORDS} words.
 */
final class ArticleWords {

    static final int MAX_WORDS = 16;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private ArticleWords() {
    }

    static String tsquery(String query) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(query == null ? "" : query);
        int words = 0;
        while (m.find() && words < MAX_WORDS) {
            if (!out.isEmpty()) {
                out.append(" & ");
            }
            out.append(m.group().toLowerCase(Locale.ROOT)).append(":*");
            words++;
        }
        return out.toString();
    }
}
