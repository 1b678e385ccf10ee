package com.credence.suggestion;

import com.credence.suggestion.internal.RuleSuggester;
import com.credence.text.SentenceSplitter;
import com.credence.text.TextSpan;
import java.util.List;
import java.util.Locale;

/**
 * Prints, for every labelled set in {@code src/test/resources/suggestions}, the rule suggester's
 * precision, recall and F1 per tag and overall at sentence and span level and the exact-match rate of
 * sources; then the time to suggest for a 5,000-sentence article (median of 21 runs after 10 warm-ups).
 * Run: {@code ./mvnw -q -Pbench test-compile exec:java -Dbench.main=com.credence.suggestion.SuggestionBenchmark}
 * ({@code -Dbench.misses=true} also lists every miss).
 */
public final class SuggestionBenchmark {

    private SuggestionBenchmark() {
    }

    public static void main(String[] args) {
        Suggester suggester = new RuleSuggester();
        boolean misses = Boolean.getBoolean("bench.misses");
        for (SuggestionEvaluation.LabelledSet set : SuggestionEvaluation.sets()) {
            SuggestionEvaluation.Score score = SuggestionEvaluation.score(suggester, set);
            long labels = set.passages().stream().mapToLong(p -> p.labels().size()).sum();
            System.out.printf(Locale.ROOT, "%nSet \"%s\" (%s): %d passages, %d labels; suggester: %s%n", set.name(),
                    set.file().getFileName(), set.passages().size(), labels, suggester.name());
            System.out.print(SuggestionEvaluation.table(score));
            if (misses) {
                score.misses().forEach(m -> System.out.printf("  %-6s %-10s %-8s %s%n      expected: %s%n      got: %s%n", m.kind(),
                        m.tag(), m.passage(), m.sentence(), m.expected(), m.got()));
            }
        }
        String article = SuggestionEvaluation.article(5000);
        List<TextSpan> sentences = new SentenceSplitter().split(article);
        int found = 0;
        for (int i = 0; i < 10; i++) {
            found = suggester.suggest(article, sentences).size();
        }
        long[] times = new long[21];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            found = suggester.suggest(article, sentences).size();
            times[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(times);
        long cold = timeCold(article, sentences);
        System.out.printf(Locale.ROOT, "%nDetection on a %,d-sentence article (%,d characters, %,d suggestions): median %.1f ms, "
                + "slowest %.1f ms of %d runs; first run in a fresh suggester %.1f ms%n", sentences.size(), article.length(), found,
                times[times.length / 2] / 1e6, times[times.length - 1] / 1e6, times.length, cold / 1e6);
    }

    private static long timeCold(String article, List<TextSpan> sentences) {
        long t0 = System.nanoTime();
        new RuleSuggester().suggest(article, sentences);
        return System.nanoTime() - t0;
    }
}
