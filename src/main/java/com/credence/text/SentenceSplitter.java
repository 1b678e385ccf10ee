package com.credence.text;

import com.credence.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits news text into sentences, as {@code [start, end)} offsets. A sentence never crosses a line
 * break (the stored text separates paragraphs with blank lines) and never includes the whitespace
 * around it. It is one left-to-right pass with a look at the word before and the word after each
 * candidate full stop, tuned on news text: titles (Mr., Gen., Lt. Col.), abbreviations with inner
 * full stops (U.S., e.g., a.m.), initials, numbers, list markers, ellipses, and quotation marks
 * or brackets closing after the punctuation.
 */
public final class SentenceSplitter {

    /** Words that are followed by a name or a number: a full stop after them never ends a sentence. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj",
            "capt", "cpt", "cmdr", "sgt", "cpl", "pvt", "adm", "brig", "sen", "rep", "gov", "pres", "rev", "fr", "hon",
            "st", "mt", "ft", "messrs", "mme", "mlle", "supt", "insp", "det", "amb", "sec", "atty", "gens");

    /** Abbreviations that may end a sentence but usually do not. */
    private static final Set<String> ABBREVIATIONS = Set.of("no", "nos", "vs", "v", "etc", "approx", "ca", "cf", "al",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "art", "p", "pp", "para", "vol", "vols", "ch", "fig", "figs", "sec", "secs", "dept", "est", "ed", "eds",
            "inc", "ltd", "corp", "co", "bros", "plc", "jr", "sr", "esq", "min", "max", "av", "ave", "rd", "blvd",
            "tel", "ext", "op", "cit", "ibid", "viz", "resp", "nr", "mio", "bn", "mn", "km", "kg", "oz", "lb", "lbs");

    /** Abbreviations that often do end a sentence: a capitalised word after them starts a new one. */
    private static final Set<String> SENTENCE_FINAL_ABBREVIATIONS = Set.of("etc", "inc", "ltd", "corp", "co", "plc",
            "jr", "sr", "bros", "esq", "a.m", "p.m", "am", "pm");

    /** Words that commonly start a sentence; after "U.S." or "D.C." only these start a new one. */
    private static final Set<String> SENTENCE_STARTERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "you", "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "as",
            "if", "when", "while", "after", "before", "his", "her", "its", "their", "our", "my", "some", "many", "most",
            "nobody", "no", "none", "one", "two", "three", "meanwhile", "however", "still", "then", "officials",
            "according", "since", "for", "with", "by", "from", "to", "what", "who", "why", "how", "where", "all", "both");

    private static final Pattern DOTTED = Pattern.compile("\\p{L}{1,3}(?:\\.\\p{L}{1,3})+");

    /** Splits the whole text; sentences are in text order. */
    public List<TextSpan> split(String text) {
        List<TextSpan> sentences = new ArrayList<>(Math.max(4, text.length() / 90));
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void splitLine(String text, int from, int to, List<TextSpan> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!' && c != '…') {
                i++;
                continue;
            }
            int termEnd = i;
            boolean question = false;
            boolean ellipsis = false;
            int dots = 0;
            while (termEnd < to) {
                char t = text.charAt(termEnd);
                if (t == '?' || t == '!') {
                    question = true;
                } else if (t == '…') {
                    ellipsis = true;
                } else if (t == '.') {
                    dots++;
                } else {
                    break;
                }
                termEnd++;
            }
            ellipsis |= dots >= 2;
            int closeEnd = termEnd;
            while (closeEnd < to && isClosing(text.charAt(closeEnd))) {
                closeEnd++;
            }
            if (closeEnd >= to || !Character.isWhitespace(text.charAt(closeEnd))) {
                i = closeEnd > i ? closeEnd : i + 1;
                continue;
            }
            int next = skipSpace(text, closeEnd, to);
            if (next >= to) {
                break;
            }
            if (endsSentence(text, start, i, question, ellipsis, closeEnd > termEnd, next, to)) {
                out.add(new TextSpan(start, closeEnd));
                start = next;
            }
            i = next;
        }
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(start, end));
        }
    }

    private boolean endsSentence(String text, int sentenceStart, int punct, boolean question, boolean ellipsis,
            boolean closed, int next, int to) {
        int first = next;
        while (first < to && isOpening(text.charAt(first))) {
            first++;
        }
        if (first >= to) {
            return true;
        }
        int cp = text.codePointAt(first);
        boolean lower = Character.isLowerCase(cp);
        boolean upper = Character.isUpperCase(cp) || Character.isTitleCase(cp);
        boolean digit = Character.isDigit(cp);
        if (question) {
            return !lower;
        }
        if (ellipsis) {
            return upper || (first > next && !lower);
        }
        if (closed) {
            return !lower;
        }
        // A single full stop: look at the word it ends.
        int wordStart = punct;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        while (wordStart < punct && isOpening(text.charAt(wordStart))) {
            wordStart++;
        }
        if (wordStart == punct) {
            return !lower;
        }
        String word = text.substring(wordStart, punct);
        String key = word.toLowerCase(Locale.ROOT);
        if (wordStart == sentenceStart && isListMarker(word)) {
            return false;
        }
        if (TITLES.contains(key)) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            // an initial (J. R. R. Tolkien) or a one-letter abbreviation (p. 4)
            return false;
        }
        boolean inner = word.indexOf('.') > 0 && isDottedAbbreviation(word);
        if (inner || ABBREVIATIONS.contains(key)) {
            if (lower || digit) {
                return false;
            }
            if (!upper) {
                return true;
            }
            if (SENTENCE_FINAL_ABBREVIATIONS.contains(key)) {
                return true;
            }
            return inner && SENTENCE_STARTERS.contains(nextWord(text, first, to));
        }
        return true;
    }

    /** U.S, e.g, a.m, D.C, Ph.D: short runs of letters separated by single full stops. */
    private static boolean isDottedAbbreviation(String word) {
        return DOTTED.matcher(word).matches();
    }

    private static boolean isListMarker(String word) {
        if (word.length() > 4) {
            return false;
        }
        boolean digits = word.chars().allMatch(Character::isDigit);
        boolean roman = word.chars().allMatch(ch -> "ivxlcIVXLC".indexOf(ch) >= 0);
        return digits || roman || word.length() == 1 && Character.isLetter(word.charAt(0));
    }

    private static String nextWord(String text, int from, int to) {
        int end = from;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end).toLowerCase(Locale.ROOT);
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '›' || c == ')' || c == ']' || c == '}';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«' || c == '‹' || c == '(' || c == '[' || c == '{'
                || c == '„' || c == '‚';
    }
}
