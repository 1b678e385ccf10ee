package com.credence.text;

import com.credence.text.TextSpan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints accuracy on the evaluation set (overall and per category) and throughput in MB/s on a
 * 1 MB article for our splitter, java.text.BreakIterator and OpenNLP's English sentence model.
 * Run: {@code ./mvnw -q -Pbench test-compile exec:java}.
 */
public final class SentenceBenchmark {

    private SentenceBenchmark() {
    }

    public static void main(String[] args) {
        List<SentenceEvaluation.Case> cases = SentenceEvaluation.load();
        Map<String, Function<String, List<TextSpan>>> splitters = new java.util.LinkedHashMap<>();
        splitters.put("Credence", SentenceEvaluation.ours());
        splitters.put("BreakIterator", SentenceEvaluation.breakIterator());
        splitters.put("OpenNLP", SentenceEvaluation.openNlp());

        String article = oneMegabyteArticle(cases);
        double megabytes = article.getBytes(StandardCharsets.UTF_8).length / 1_000_000.0;
        System.out.printf(Locale.ROOT, "Evaluation set: %d cases; article: %.2f MB, %d paragraphs%n%n", cases.size(), megabytes,
                article.split("\n\n").length);
        System.out.printf(Locale.ROOT, "%-14s %9s %8s %12s %10s%n", "splitter", "accuracy", "right", "MB/s", "sentences");
        for (var entry : splitters.entrySet()) {
            Function<String, List<TextSpan>> splitter = entry.getValue();
            double accuracy = SentenceEvaluation.accuracy(cases, splitter);
            long right = Math.round(accuracy * cases.size());
            int sentences = 0;
            for (int warm = 0; warm < 5; warm++) {
                sentences = splitter.apply(article).size();
            }
            int rounds = 10;
            long t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                sentences = splitter.apply(article).size();
            }
            double seconds = (System.nanoTime() - t0) / 1e9 / rounds;
            System.out.printf(Locale.ROOT, "%-14s %8.1f%% %4d/%-3d %12.1f %10d%n", entry.getKey(), accuracy * 100, right, cases.size(),
                    megabytes / seconds, sentences);
        }
        System.out.println();
        System.out.println("Per category (share split exactly right):");
        Map<String, List<SentenceEvaluation.Case>> byCategory = cases.stream()
                .collect(Collectors.groupingBy(SentenceEvaluation.Case::category, java.util.LinkedHashMap::new, Collectors.toList()));
        System.out.printf(Locale.ROOT, "%-30s %9s %14s %9s%n", "category", "Credence", "BreakIterator", "OpenNLP");
        for (var entry : byCategory.entrySet()) {
            System.out.printf(Locale.ROOT, "%-30s", entry.getKey() + " (" + entry.getValue().size() + ")");
            for (var splitter : splitters.values()) {
                System.out.printf(Locale.ROOT, " %9.0f%%", SentenceEvaluation.accuracy(entry.getValue(), splitter) * 100);
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
