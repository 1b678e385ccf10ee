package com.credence.text;

import com.credence.text.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Credence's own sentence-splitting evaluation set (src/test/resources/sentences/evaluation-set.txt)
 * and the three splitters compared on it: ours, java.text.BreakIterator and OpenNLP's English model.
 * The other two are run line by line (paragraph by paragraph) and their spans trimmed, as ours is.
 */
public final class SentenceEvaluation {

    /** One case: its category, the input text and the sentences expected. */
    public record Case(String category, String text, List<TextSpan> expected, List<String> sentences) {
    }

    private SentenceEvaluation() {
    }

    /** The development set: the cases the splitter was tuned on. */
    public static List<Case> load() {
        return load("evaluation-set.txt");
    }

    /** The held-out set: written before the splitter's rules for it, kept aside, never tuned on. */
    public static List<Case> heldOut() {
        return load("held-out-set.txt");
    }

    private static List<Case> load(String name) {
        try (InputStream in = SentenceEvaluation.class.getResourceAsStream("/sentences/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            List<Case> cases = new ArrayList<>();
            String category = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("# ")) {
                    continue;
                }
                if (line.startsWith("## ")) {
                    category = line.substring(3).strip();
                    continue;
                }
                cases.add(parse(category, line.strip()));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile(" \\|\\| | ↵ | ⁀ ");

    private static Case parse(String category, String line) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        String[] paragraphs = line.split(" ¶ ");
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            // " || " one space, " ↵ " one line break, " ⁀ " nothing between the sentences
            java.util.regex.Matcher m = SEPARATOR.matcher(paragraphs[p]);
            int from = 0;
            String joint = "";
            while (true) {
                boolean more = m.find();
                String part = paragraphs[p].substring(from, more ? m.start() : paragraphs[p].length());
                text.append(joint);
                int start = text.length();
                text.append(part);
                spans.add(new TextSpan(start, text.length()));
                sentences.add(part);
                if (!more) {
                    break;
                }
                joint = switch (m.group()) {
                    case " || " -> " ";
                    case " ↵ " -> "\n";
                    default -> "";
                };
                from = m.end();
            }
        }
        return new Case(category, text.toString(), spans, sentences);
    }

    /**
     * Share of cases split exactly right on the way an article takes through import and the API: the
     * text cleaned as plain text (a line standing alone becomes its own paragraph), then split;
     * compared as sentence strings, since cleaning moves offsets.
     */
    public static double accuracyThroughImport(List<Case> cases) {
        SentenceSplitter splitter = new SentenceSplitter();
        long right = cases.stream().filter(c -> {
            String text = TextCleaner.plain(c.text()).text();
            return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList().equals(c.sentences());
        }).count();
        return (double) right / cases.size();
    }

    /** Share of cases split exactly right. */
    public static double accuracy(List<Case> cases, Function<String, List<TextSpan>> splitter) {
        long right = cases.stream().filter(c -> splitter.apply(c.text()).equals(c.expected())).count();
        return (double) right / cases.size();
    }

    public static Function<String, List<TextSpan>> ours() {
        SentenceSplitter splitter = new SentenceSplitter();
        return splitter::split;
    }

    public static Function<String, List<TextSpan>> breakIterator() {
        return text -> byLine(text, (line, offset, out) -> {
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            it.setText(line);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                addTrimmed(text, offset + start, offset + end, out);
            }
        });
    }

    /**
     * ICU4J's sentence breaks with its English break suppressions (Mr., U.S., ...): the stronger
     * rule-based baseline. One iterator for all calls: not for use from several threads at once.
     */
    public static Function<String, List<TextSpan>> icuWithSuppressions() {
        com.ibm.icu.util.ULocale english = com.ibm.icu.util.ULocale.forLanguageTag("en-US-u-ss-standard");
        com.ibm.icu.text.BreakIterator it = com.ibm.icu.text.FilteredBreakIteratorBuilder.getInstance(english)
                .wrapIteratorWithFilter(com.ibm.icu.text.BreakIterator.getSentenceInstance(english));
        return text -> byLine(text, (line, offset, out) -> {
            it.setText(line);
            int start = it.first();
            for (int end = it.next(); end != com.ibm.icu.text.BreakIterator.DONE; start = end, end = it.next()) {
                addTrimmed(text, offset + start, offset + end, out);
            }
        });
    }

    public static Function<String, List<TextSpan>> openNlp() {
        SentenceDetectorME detector;
        try (InputStream model = SentenceEvaluation.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            if (model == null) {
                throw new IllegalStateException("OpenNLP's English sentence model is not on the classpath");
            }
            detector = new SentenceDetectorME(new SentenceModel(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text -> byLine(text, (line, offset, out) -> {
            for (opennlp.tools.util.Span span : detector.sentPosDetect(line)) {
                addTrimmed(text, offset + span.getStart(), offset + span.getEnd(), out);
            }
        });
    }

    private interface LineSplitter {
        void split(String line, int offset, List<TextSpan> out);
    }

    private static List<TextSpan> byLine(String text, LineSplitter splitter) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                splitter.split(text.substring(start, end), start, out);
            }
            start = end + 1;
        }
        return out;
    }

    private static void addTrimmed(String text, int start, int end, List<TextSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(start, end));
        }
    }
}
