package com.credence.suggestion;

import com.credence.text.TextSpan;
import java.util.List;

/**
 * Proposes annotations for a text from its sentences. Pure: no database, no Spring, no state between
 * calls, safe to call from several threads. The rule-based suggester is the default; a statistical
 * or language-model one can be another implementation (a bean), and its {@link #name()} is what the
 * reason shown to the user says made the suggestion.
 */
public interface Suggester {

    /** A short name people read ("rules"), used in the reasons. */
    String name();

    /**
     * Suggestions for the text, at most one per sentence and tag, in text order. Tags are keys of the
     * default tag set ({@code reported}, {@code attributed}, {@code contested}); the caller drops
     * those its tag set does not have.
     */
    List<Suggestion> suggest(String text, List<TextSpan> sentences);
}
