package com.credence.text;

import com.credence.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits news text into sentences, as {@code [start, end)} offsets. A sentence never crosses a line
 * break (the stored text separates paragraphs with blank lines) and never includes the whitespace
 * around it. It is one left-to-right pass with a look at the word before and the word after each
 * candidate full stop, tuned on news text: titles (Mr., Gen., Lt. Col.), abbreviations with inner
 * full stops (U.S., e.g., a.m.), initials, numbers, list markers, ellipses, and quotation marks
 * or brackets closing after the punctuation; inline lists (each item a sentence with its marker),
 * spaced and bracketed ellipses, citations after quotations, "a.m." before a name, the pronoun "I"
 * against an initial, numbers with full stops, and sentences with no space before them. No sentence
 * is punctuation only: such a piece joins its neighbour, or a line of it is left unmarked.
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
            "tel", "ext", "op", "cit", "ibid", "viz", "resp", "nr", "mio", "bn", "mn", "km", "kg", "oz", "lb", "lbs",
            "n°", "nº", "no°");

    /** Abbreviations that often do end a sentence: a capitalised word after them starts a new one. */
    private static final Set<String> SENTENCE_FINAL_ABBREVIATIONS = Set.of("etc", "inc", "ltd", "corp", "co", "plc",
            "jr", "sr", "bros", "esq", "am", "pm");

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
        int lineFirst = out.size();
        int start = skipSpace(text, from, to);
        int[] items = listItems(text, start, to);
        int item = 0;
        int i = start;
        while (i < to) {
            // an inline list: each item (with its marker) is a sentence of its own
            while (item < items.length && items[item] <= start) {
                item++;
            }
            if (item < items.length && i >= items[item]) {
                add(text, start, items[item], out, lineFirst);
                start = items[item];
                i = start;
                continue;
            }
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
                } else if (t == ' ' && dots > 0 && termEnd + 1 < to && text.charAt(termEnd + 1) == '.') {
                    // a spaced ellipsis, ". . ." (or a full stop and one, ". . . .")
                    dots++;
                    termEnd++;
                } else {
                    break;
                }
                termEnd++;
            }
            ellipsis |= dots >= 2;
            if (ellipsis && i > start && (text.charAt(i - 1) == '[' || text.charAt(i - 1) == '(')) {
                // "[...]", "(…)": an omission marked inside a quotation, never an end
                i = termEnd;
                continue;
            }
            int closeEnd = termEnd;
            while (closeEnd < to && isClosing(text.charAt(closeEnd))) {
                closeEnd++;
            }
            if (closeEnd < to && !Character.isWhitespace(text.charAt(closeEnd))) {
                if (!ellipsis && joinedNextSentence(text, start, i, closeEnd, to)) {
                    // "…before dawn.Police said", '"done."Then': a new sentence with no space before it
                    add(text, start, closeEnd, out, lineFirst);
                    start = closeEnd;
                }
                i = closeEnd > i ? closeEnd : i + 1;
                continue;
            }
            if (closeEnd >= to) {
                break;
            }
            int next = skipSpace(text, closeEnd, to);
            if (next >= to) {
                break;
            }
            if (citationFollows(text, next, to)) {
                // '..." (Moreau 2019, p. 55).': the source cited belongs to the quotation's sentence
                i = next;
                continue;
            }
            if (endsSentence(text, start, i, termEnd, question, ellipsis, closeEnd > termEnd, next, to)) {
                add(text, start, closeEnd, out, lineFirst);
                start = next;
            }
            i = next;
        }
        add(text, start, to, out, lineFirst);
        if (out.size() == lineFirst + 1 && !hasWord(text, out.getLast().start(), out.getLast().end())) {
            out.removeLast(); // a line of punctuation only ("* * *", "…"): nothing to mark
        }
    }

    /**
     * Adds [start, end) trimmed. A piece with no letter or digit (an ellipsis, a lone quotation mark)
     * is never a sentence of its own: it joins the sentence before it on the line, or the next one.
     */
    private static void add(String text, int start, int end, List<TextSpan> out, int lineFirst) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return;
        }
        TextSpan last = out.size() > lineFirst ? out.getLast() : null;
        if (last != null && (!hasWord(text, last.start(), last.end()) || !hasWord(text, start, end))) {
            out.set(out.size() - 1, new TextSpan(last.start(), end));
        } else {
            out.add(new TextSpan(start, end));
        }
    }

    private static boolean hasWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "dawn.Police": a lower-case word, a full stop (or ? !) and a capitalised word, not inside an address or a name like "U.S.Army". */
    private static boolean joinedNextSentence(String text, int sentenceStart, int punct, int after, int to) {
        if (after + 1 >= to || !Character.isUpperCase(text.charAt(after)) || !(Character.isLowerCase(text.charAt(after + 1))
                || text.charAt(after + 1) == ' ' && (text.charAt(after) == 'A' || text.charAt(after) == 'I'))) {
            return false;
        }
        int w = punct;
        while (w > sentenceStart && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (punct - w < 2 || !Character.isLowerCase(text.charAt(punct - 1))) {
            return false;
        }
        int token = w;
        while (token > sentenceStart && !Character.isWhitespace(text.charAt(token - 1))) {
            token--;
        }
        for (int k = token; k < w; k++) {
            char c = text.charAt(k);
            if (c == '/' || c == '@' || c == ':' || c == '\\' || c == '.' && !Character.isDigit(text.charAt(k + 1))) {
                return false; // part of an address, a path or a name with dots ("e.g.Something", "Budget.Final")
            }
        }
        int e = after;
        while (e < to && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\'' || text.charAt(e) == '’')) {
            e++;
        }
        return e >= to || text.charAt(e) == ' ' || text.charAt(e) == ',' || text.charAt(e) == ';' || text.charAt(e) == ':';
    }

    /** A parenthesis closed and followed by the sentence's own full stop: a citation after a quotation. */
    private static boolean citationFollows(String text, int next, int to) {
        if (text.charAt(next) != '(') {
            return false;
        }
        int close = text.indexOf(')', next);
        if (close < 0 || close >= to || close - next > 80) {
            return false;
        }
        return close + 1 < to && (text.charAt(close + 1) == '.' || text.charAt(close + 1) == '?' || text.charAt(close + 1) == '!')
                || close + 1 == to;
    }

    /**
     * Where the items of an inline list start ("demands: 1) pay 2) hours 3) safety", "a. one b. two",
     * "• one • two"): markers in sequence (1 then 2, a then b, i then ii), or a bullet used at least
     * twice. A marker at the start of the line is no boundary (nothing precedes it).
     */
    private static int[] listItems(String text, int from, int to) {
        int[] found = null;
        int count = 0;
        int[] bullets = null;
        int bulletCount = 0;
        int previousValue = Integer.MIN_VALUE;
        int previousKind = -1;
        int previousAt = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (i > from && !Character.isWhitespace(text.charAt(i - 1))) {
                continue;
            }
            if (isBullet(c)) {
                bullets = push(bullets, bulletCount++, i);
                continue;
            }
            int end = i;
            while (end < to && end - i < 4 && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (end == i || end >= to) {
                continue;
            }
            int markEnd = end;
            if (text.charAt(markEnd) == '.') {
                markEnd++;
            }
            if (markEnd < to && text.charAt(markEnd) == ')') {
                markEnd++;
            }
            if (markEnd == end || markEnd >= to || !Character.isWhitespace(text.charAt(markEnd))) {
                continue;
            }
            String mark = text.substring(i, end);
            int kind;
            int value;
            if (mark.chars().allMatch(Character::isDigit) && mark.length() <= 2) {
                kind = 0;
                value = Integer.parseInt(mark);
            } else if (isRoman(mark)) {
                kind = 2;
                value = roman(mark);
            } else if (mark.length() == 1 && mark.charAt(0) >= 'a' && mark.charAt(0) <= 'z'
                    || mark.length() == 1 && text.charAt(end) == ')' && Character.isUpperCase(mark.charAt(0))) {
                kind = 1;
                value = Character.toLowerCase(mark.charAt(0));
            } else {
                continue;
            }
            // "i" is a roman one and a letter: either sequence may go on from it
            boolean follows = previousAt >= 0 && value == previousValue + 1 && !conjunctionBetween(text, previousAt, i)
                    && (kind == previousKind
                    || previousKind == 2 && previousValue == 1 && kind == 1 && value == 'j'
                    || previousKind == 1 && previousValue == 'h' && kind == 2);
            if (follows) {
                if (count == 0 || found[count - 1] != previousAt) {
                    if (previousAt > from) {
                        found = push(found, count++, previousAt);
                    }
                }
                found = push(found, count++, i);
            }
            previousValue = value;
            previousKind = kind;
            previousAt = i;
        }
        if (bulletCount >= 2) {
            for (int b = 0; b < bulletCount; b++) {
                if (bullets[b] > from) {
                    found = push(found, count++, bullets[b]);
                }
            }
        }
        if (count == 0) {
            return NONE;
        }
        int[] items = java.util.Arrays.copyOf(found, count);
        java.util.Arrays.sort(items);
        return items;
    }

    private static final int[] NONE = new int[0];

    /** "a) and b)", "1. or 2.": markers named in a sentence, not items of a list. */
    private static boolean conjunctionBetween(String text, int previousMarker, int marker) {
        int from = previousMarker;
        while (from < marker && !Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        String between = text.substring(from, marker).strip().toLowerCase(Locale.ROOT);
        return between.isEmpty() || between.equals("and") || between.equals("or") || between.equals("to") || between.equals("nor")
                || between.equals("&") || between.equals(",") || between.equals("through") || between.equals("and/or");
    }

    private static int[] push(int @Nullable [] array, int count, int value) {
        int[] a = array == null ? new int[4] : array.length == count ? java.util.Arrays.copyOf(array, count * 2) : array;
        a[count] = value;
        return a;
    }

    private static boolean isBullet(char c) {
        return c == '•' || c == '⁃' || c == '◦' || c == '▪' || c == '‣' || c == '●';
    }

    private static boolean isRoman(String s) {
        return s.length() <= 4 && s.chars().allMatch(ch -> ch == 'i' || ch == 'v' || ch == 'x') && roman(s) > 0;
    }

    private static int roman(String s) {
        return switch (s) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            case "v" -> 5;
            case "vi" -> 6;
            case "vii" -> 7;
            case "viii" -> 8;
            case "ix" -> 9;
            case "x" -> 10;
            default -> 0;
        };
    }

    private boolean endsSentence(String text, int sentenceStart, int punct, int termEnd, boolean question, boolean ellipsis,
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
        // the word the punctuation ends
        int wordStart = punct;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        while (wordStart < punct && (isOpening(text.charAt(wordStart)) || isBullet(text.charAt(wordStart)))) {
            wordStart++;
        }
        String word = text.substring(wordStart, punct);
        if (!question && !ellipsis && termEnd == punct + 1 && isListMarker(word) && onlyBulletsBefore(text, sentenceStart, wordStart)) {
            return false; // "1.", "1.)", "a.", "• 9." opening a list item
        }
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
        if (word.isEmpty()) {
            return !lower;
        }
        String key = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(key)) {
            return false;
        }
        if (lower && Character.isDigit(word.charAt(word.length() - 1))) {
            return false; // "§ 4.2. the operator", "version 2. of the plan"
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            // an initial (J. R. R. Tolkien) or a one-letter abbreviation (p. 4); but "than I. The" ends a sentence
            return word.equals("I") && upper && (!capitalisedWordBefore(text, sentenceStart, wordStart)
                    || SENTENCE_STARTERS.contains(nextWord(text, first, to)));
        }
        boolean inner = word.indexOf('.') > 0 && isDottedAbbreviation(word);
        if (inner || ABBREVIATIONS.contains(key)) {
            if (lower || digit) {
                return false;
            }
            if (!upper) {
                return true;
            }
            if (key.equals("a.m") || key.equals("p.m")) {
                // "At 6 a.m. Minister Varga arrived": a time opening the sentence, then the name
                return !timeOpener(text, sentenceStart, wordStart) && !WEEKDAYS.contains(nextWord(text, first, to));
            }
            if (SENTENCE_FINAL_ABBREVIATIONS.contains(key)) {
                return true;
            }
            return inner && SENTENCE_STARTERS.contains(nextWord(text, first, to));
        }
        return true;
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("at", "by", "from", "until", "till", "after", "before", "around",
            "about", "since", "shortly", "just", "on", "between", "towards", "toward", "early", "late", "soon");

    /** The sentence so far is a short time phrase: "At 6", "Shortly after 10", "Until 8". */
    private static boolean timeOpener(String text, int sentenceStart, int wordStart) {
        String before = text.substring(sentenceStart, wordStart).strip();
        String[] words = before.split("\\s+");
        return words.length <= 4 && TIME_PREPOSITIONS.contains(words[0].toLowerCase(Locale.ROOT));
    }

    /** Whether the word before [wordStart] is capitalised (a name before an initial: "Karel I. Novak"). */
    private static boolean capitalisedWordBefore(String text, int sentenceStart, int wordStart) {
        int end = wordStart;
        while (end > sentenceStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > sentenceStart && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isUpperCase(text.charAt(start));
    }

    private static boolean onlyBulletsBefore(String text, int sentenceStart, int wordStart) {
        for (int i = sentenceStart; i < wordStart; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !isBullet(c) && !isOpening(c)) {
                return false;
            }
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
