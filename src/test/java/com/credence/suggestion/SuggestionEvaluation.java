package com.credence.suggestion;

import com.credence.text.SentenceSplitter;
import com.credence.text.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores a {@link Suggester} on the labelled sets in {@code src/test/resources/suggestions/*.json}
 * (format: the labelling guide). Every set in that folder is read and scored on its own.
 * <ul>
 * <li>sentence level: predicted (sentence, tag) pairs against the gold pairs;</li>
 * <li>span level: a predicted cue span that overlaps the gold cue span (the cue's first occurrence in
 * its sentence) with the same tag;</li>
 * <li>sources exact: over the sentence-level true positives whose gold source is not null, the share
 * whose predicted source equals it after trimming.</li>
 * </ul>
 * Sentences are the splitter's, as at import; a gold sentence is the one its first character falls in.
 */
public final class SuggestionEvaluation {

    public static final Path FOLDER = Path.of("src/test/resources/suggestions");
    public static final List<String> TAGS = List.of("attributed", "reported", "contested");

    public record Label(int sentenceStart, String tag, int cueStart, int cueEnd, @Nullable String source) {
    }

    public record Passage(String id, String style, String text, List<Label> labels) {
    }

    public record LabelledSet(String name, Path file, List<Passage> passages) {
    }

    /** Counts for one tag (or all): true and false positives and false negatives, and the sources compared. */
    public static final class Counts {
        public int tp;
        public int fp;
        public int fn;
        public int spanTp;
        public int spanFp;
        public int spanFn;
        public int sourcesCompared;
        public int sourcesExact;

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double spanPrecision() {
            return spanTp + spanFp == 0 ? 1 : (double) spanTp / (spanTp + spanFp);
        }

        public double spanRecall() {
            return spanTp + spanFn == 0 ? 1 : (double) spanTp / (spanTp + spanFn);
        }

        public double spanF1() {
            double p = spanPrecision();
            double r = spanRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double sourcesExactRate() {
            return sourcesCompared == 0 ? 1 : (double) sourcesExact / sourcesCompared;
        }

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            spanTp += o.spanTp;
            spanFp += o.spanFp;
            spanFn += o.spanFn;
            sourcesCompared += o.sourcesCompared;
            sourcesExact += o.sourcesExact;
        }
    }

    /** What went wrong, for reading: a missed or extra label, or a wrong source. */
    public record Miss(String passage, String kind, String tag, String sentence, @Nullable String expected, @Nullable String got) {
    }

    public record Score(Map<String, Counts> perTag, Counts overall, List<Miss> misses) {
    }

    private SuggestionEvaluation() {
    }

    /** Every labelled set in the folder, by file name order. */
    public static List<LabelledSet> sets() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().map(SuggestionEvaluation::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LabelledSet load(Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Passage> passages = new ArrayList<>();
        for (JsonNode p : root.get("passages")) {
            String text = p.get("text").asString();
            List<Label> labels = new ArrayList<>();
            for (JsonNode l : p.get("labels")) {
                String sentence = l.get("sentence").asString();
                int at = text.indexOf(sentence);
                if (at < 0) {
                    throw new IllegalStateException(file + " " + p.get("id").asString() + ": sentence not in text: " + sentence);
                }
                String cue = l.get("cue").asString();
                int c = sentence.indexOf(cue);
                if (c < 0) {
                    throw new IllegalStateException(file + " " + p.get("id").asString() + ": cue not in sentence: " + cue);
                }
                JsonNode source = l.get("source");
                labels.add(new Label(at, l.get("tag").asString(), at + c, at + c + cue.length(),
                        source == null || source.isNull() ? null : source.asString()));
            }
            passages.add(new Passage(p.get("id").asString(), p.path("style").asString(""), text, labels));
        }
        String name = root.path("set").asString(file.getFileName().toString().replace(".json", ""));
        return new LabelledSet(name, file, passages);
    }

    public static Score score(Suggester suggester, LabelledSet set) {
        SentenceSplitter splitter = new SentenceSplitter();
        Map<String, Counts> perTag = new LinkedHashMap<>();
        TAGS.forEach(t -> perTag.put(t, new Counts()));
        List<Miss> misses = new ArrayList<>();
        for (Passage p : set.passages()) {
            List<TextSpan> sentences = splitter.split(p.text());
            List<Suggestion> predicted = suggester.suggest(p.text(), sentences);
            Map<String, Label> gold = new LinkedHashMap<>();
            for (Label l : p.labels()) {
                gold.putIfAbsent(sentenceOf(sentences, l.sentenceStart()) + "/" + l.tag(), l);
            }
            Set<String> seen = new HashSet<>();
            for (Suggestion s : predicted) {
                String key = sentenceOf(sentences, s.start()) + "/" + s.tag();
                if (!seen.add(key)) {
                    continue;
                }
                Counts c = perTag.computeIfAbsent(s.tag(), t -> new Counts());
                Label g = gold.get(key);
                String sentenceText = p.text().substring(s.start(), s.end());
                if (g == null) {
                    c.fp++;
                    c.spanFp++;
                    misses.add(new Miss(p.id(), "extra", s.tag(), sentenceText, null, s.source() + " (cue: "
                            + p.text().substring(s.cueStart(), s.cueEnd()) + ")"));
                    continue;
                }
                c.tp++;
                if (s.cueStart() < g.cueEnd() && g.cueStart() < s.cueEnd()) {
                    c.spanTp++;
                } else {
                    c.spanFp++;
                    c.spanFn++;
                    misses.add(new Miss(p.id(), "cue", s.tag(), sentenceText, p.text().substring(g.cueStart(), g.cueEnd()),
                            p.text().substring(s.cueStart(), s.cueEnd())));
                }
                if (g.source() != null) {
                    c.sourcesCompared++;
                    if (s.source() != null && s.source().strip().equals(g.source().strip())) {
                        c.sourcesExact++;
                    } else {
                        misses.add(new Miss(p.id(), "source", s.tag(), sentenceText, g.source(), s.source()));
                    }
                }
            }
            for (var e : gold.entrySet()) {
                if (!seen.contains(e.getKey())) {
                    Label g = e.getValue();
                    Counts c = perTag.computeIfAbsent(g.tag(), t -> new Counts());
                    c.fn++;
                    c.spanFn++;
                    TextSpan sentence = sentences.get(sentenceOf(sentences, g.sentenceStart()));
                    misses.add(new Miss(p.id(), "missed", g.tag(), p.text().substring(sentence.start(), sentence.end()),
                            p.text().substring(g.cueStart(), g.cueEnd()) + " / " + g.source(), null));
                }
            }
        }
        Counts overall = new Counts();
        perTag.values().forEach(overall::add);
        return new Score(perTag, overall, misses);
    }

    private static int sentenceOf(List<TextSpan> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size() - 1;
    }

    /** The score as a table: per tag and overall, sentence and span level, sources exact. */
    public static String table(Score score) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-11s %5s %5s %5s | %6s %6s %6s | %6s %6s %6s | %s%n", "tag", "tp", "fp", "fn",
                "P", "R", "F1", "spanP", "spanR", "spanF1", "sources exact"));
        Map<String, Counts> rows = new LinkedHashMap<>(score.perTag());
        rows.put("overall", score.overall());
        rows.forEach((tag, c) -> b.append(String.format(Locale.ROOT,
                "%-11s %5d %5d %5d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %.3f (%d/%d)%n", tag, c.tp, c.fp, c.fn,
                c.precision(), c.recall(), c.f1(), c.spanPrecision(), c.spanRecall(), c.spanF1(), c.sourcesExactRate(),
                c.sourcesExact, c.sourcesCompared)));
        return b.toString();
    }

    /** A long article made of the sets' passages over and over: {@code sentences} sentences at least. */
    public static String article(int sentences) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> texts = sets().stream().flatMap(s -> s.passages().stream()).map(Passage::text).toList();
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = 0; count < sentences; i++) {
            String t = texts.get(i % texts.size());
            b.append(t).append("\n\n");
            count += splitter.split(t).size();
        }
        return Objects.requireNonNull(b.toString().strip());
    }
}
