package com.credence.text;

import com.credence.text.TextSpan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints accuracy on the development set (tuned on) and the held-out set (written before the rules
 * for it and never tuned on), overall and per category, and throughput in MB/s on a 1 MB article,
 * for our splitter, java.text.BreakIterator, ICU4J's sentence breaks with its English suppressions,
 * and OpenNLP's English sentence model.
 * Run: {@code ./mvnw -q -Pbench test-compile exec:java}.
 */
public final class SentenceBenchmark {

    private SentenceBenchmark() {
    }

    public static void main(String[] args) {
        List<SentenceEvaluation.Case> dev = SentenceEvaluation.load();
        List<SentenceEvaluation.Case> heldOut = SentenceEvaluation.heldOut();
        Map<String, Function<String, List<TextSpan>>> splitters = new java.util.LinkedHashMap<>();
        splitters.put("Credence", SentenceEvaluation.ours());
        splitters.put("BreakIterator", SentenceEvaluation.breakIterator());
        splitters.put("ICU4J+suppr.", SentenceEvaluation.icuWithSuppressions());
        splitters.put("OpenNLP", SentenceEvaluation.openNlp());

        String article = oneMegabyteArticle(dev);
        double megabytes = article.getBytes(StandardCharsets.UTF_8).length / 1_000_000.0;
        System.out.printf(Locale.ROOT, "Development set (tuned on): %d cases; held-out set (never tuned on): %d cases; "
                + "article: %.2f MB, %d paragraphs%n%n", dev.size(), heldOut.size(), megabytes, article.split("\n\n").length);
        System.out.printf(Locale.ROOT, "%-14s %16s %16s %10s %10s%n", "splitter", "development", "held-out", "MB/s", "sentences");
        for (var entry : splitters.entrySet()) {
            Function<String, List<TextSpan>> splitter = entry.getValue();
            int sentences = 0;
            for (int warm = 0; warm < 20; warm++) {
                sentences = splitter.apply(article).size();
            }
            int rounds = 30;
            long t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                sentences = splitter.apply(article).size();
            }
            double seconds = (System.nanoTime() - t0) / 1e9 / rounds;
            System.out.printf(Locale.ROOT, "%-14s %16s %16s %10.1f %10d%n", entry.getKey(), score(dev, splitter),
                    score(heldOut, splitter), megabytes / seconds, sentences);
        }
        System.out.printf(Locale.ROOT, "%-14s %15.1f%% %15.1f%%   (cleaned as plain text first, as import and the API do)%n",
                "via import", SentenceEvaluation.accuracyThroughImport(dev) * 100,
                SentenceEvaluation.accuracyThroughImport(heldOut) * 100);
        perCategory("Development set", dev, splitters);
        perCategory("Held-out set", heldOut, splitters);
    }

    private static String score(List<SentenceEvaluation.Case> cases, Function<String, List<TextSpan>> splitter) {
        double accuracy = SentenceEvaluation.accuracy(cases, splitter);
        return String.format(Locale.ROOT, "%.1f%% (%d/%d)", accuracy * 100, Math.round(accuracy * cases.size()), cases.size());
    }

    private static void perCategory(String name, List<SentenceEvaluation.Case> cases,
            Map<String, Function<String, List<TextSpan>>> splitters) {
        System.out.println();
        System.out.println(name + ", per category (share split exactly right):");
        Map<String, List<SentenceEvaluation.Case>> byCategory = cases.stream()
                .collect(Collectors.groupingBy(SentenceEvaluation.Case::category, java.util.LinkedHashMap::new, Collectors.toList()));
        System.out.printf(Locale.ROOT, "%-40s", "category");
        splitters.keySet().forEach(k -> System.out.printf(Locale.ROOT, " %14s", k));
        System.out.println();
        for (var entry : byCategory.entrySet()) {
            System.out.printf(Locale.ROOT, "%-40s", entry.getKey() + " (" + entry.getValue().size() + ")");
            for (var splitter : splitters.values()) {
                System.out.printf(Locale.ROOT, " %13.0f%%", SentenceEvaluation.accuracy(entry.getValue(), splitter) * 100);
            }
            System.out.println();
        }
    }

    /** About 1 MB of news text made by repeating the evaluation set's paragraphs. */
    static String oneMegabyteArticle(List<SentenceEvaluation.Case> cases) {
        StringBuilder text = new StringBuilder(1_100_000);
        int i = 0;
        while (text.length() < 1_000_000) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(cases.get(i++ % cases.size()).text());
        }
        return text.toString();
    }
}
