package com.credence.export.internal;

import com.credence.annotation.AnnotationView;
import com.credence.annotation.ReviewMove;
import com.credence.annotation.ReviewOutcome;
import com.credence.article.ArticleDetail;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import com.credence.export.ExportScope;
import com.credence.tagset.TagLine;
import com.credence.tagset.TagView;
import com.credence.text.TextSpan;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Export speed: 10,000 annotations on a 5,000-sentence article, written by each text format to a
 * stream that counts bytes (medians of 7 runs after 3 warm-ups), with the heap's peak; then the PDF
 * report of a 5,000-word article with 200 annotations (median of 5 after 2 warm-ups), with the heap's
 * peak during those runs alone. Run with:
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.main=com.credence.export.internal.ExportBenchmark</pre>
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int sentences = 5_000;
        int annotations = Integer.getInteger("bench.annotations", 10_000);
        StringBuilder text = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            int start = text.length();
            text.append("The council said on Friday that sentence ").append(i).append(" was “reportedly” true, Олег noted 😀.");
            spans.add(new TextSpan(start, text.length()));
            text.append(i % 5 == 4 ? "\n" : " ");
        }
        String t = text.toString();
        Instant now = Instant.parse("2026-11-29T00:00:00Z");
        ArticleDetail article = new ArticleDetail(1, "Benchmark article", "The Courier", "https://courier.example/bench", null,
                LocalDate.of(2026, 11, 29), t, spans, "0".repeat(64), "bench", now);
        String[] tags = {"reported", "attributed", "contested"};
        List<AnnotationView> list = new ArrayList<>();
        for (int i = 0; i < annotations; i++) {
            TextSpan s = spans.get((i * 7) % sentences);
            int start = s.start() + (i % 3) * 4;
            int end = s.end();
            list.add(new AnnotationView(i + 1, 1, start, end, t.substring(start, end), t.substring(Math.max(0, start - 32), start),
                    t.substring(end, Math.min(t.length(), end + 32)), tags[i % 3], "Source " + (i % 200), "said",
                    i % 4 == 0 ? "Checked against the minutes, = not a formula" : null,
                    i % 5 == 0 ? List.of("https://example.org/evidence/" + i) : List.of(), null, "APPROVED", "author-" + (i % 20), now, now, 2,
                    now, new ReviewOutcome("editor", ReviewMove.APPROVE, null, null, now)));
        }
        list.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<TagView> tagViews = Arrays.stream(tags).map(k -> new TagView(k, k, "#3b6fd8", TagLine.SOLID, null, "A tag", false, 0)).toList();
        ExportDocument doc = new ExportDocument(article, list, tagViews, Map.of(), ExportScope.APPROVED, "bench", now,
                "https://credence.example", "Bench");
        System.out.printf("%,d annotations on a %,d-sentence article (%,d characters)%n%n", annotations, sentences, t.length());
        System.out.println("format     median      bytes");
        for (ExportFormat f : List.of(new W3cAnnotationFormat(), new CsvFormat(), new JsonLinesFormat(), new MarkdownFormat(),
                new HtmlReportFormat())) {
            List<Double> ms = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < 10; i++) {
                Counting out = new Counting();
                long start = System.nanoTime();
                f.write(doc, out);
                if (i >= 3) {
                    ms.add((System.nanoTime() - start) / 1e6);
                }
                bytes = out.count;
            }
            ms.sort(Double::compare);
            System.out.printf("%-8s %8.1f ms %,10d%n", f.name(), ms.get(ms.size() / 2), bytes);
        }
        System.out.printf("%npeak heap (all pools, whole run, including the test data): %,d MB%n", peakHeapMb());

        // the PDF report: a 5,000-word article (15 words a sentence), 200 annotations
        StringBuilder words = new StringBuilder();
        List<TextSpan> wordSpans = new ArrayList<>();
        for (int i = 0; i < 5_000 / 15; i++) {
            int start = words.length();
            words.append("Le conseil a déclaré vendredi que la phrase ").append(i).append(" était « vraie », selon Олег и Σοφία, hier.");
            wordSpans.add(new TextSpan(start, words.length()));
            words.append(i % 6 == 5 ? "\n" : " ");
        }
        String w = words.toString();
        ArticleDetail longArticle = new ArticleDetail(2, "PDF benchmark article", "The Courier", "https://courier.example/pdf", "A. Writer",
                LocalDate.of(2026, 11, 29), w, wordSpans, "1".repeat(64), "bench", now);
        List<AnnotationView> pdfList = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            TextSpan s = wordSpans.get((i * 5) % wordSpans.size());
            int start = s.start() + (i % 2) * 3;
            pdfList.add(new AnnotationView(i + 1, 2, start, s.end(), w.substring(start, s.end()), "", "", tags[i % 3], "Source " + (i % 40),
                    "said", i % 3 == 0 ? "Checked against the minutes of the meeting." : null,
                    i % 4 == 0 ? List.of("https://example.org/evidence/" + i) : List.of(), null, "APPROVED", "author", now, now, 2, now,
                    new ReviewOutcome("editor", ReviewMove.APPROVE, null, null, now)));
        }
        pdfList.sort((a, b) -> Integer.compare(a.start(), b.start()));
        ExportDocument pdfDoc = new ExportDocument(longArticle, pdfList, tagViews, Map.of(), ExportScope.APPROVED, "bench", now,
                "https://credence.example", "Bench");
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        PdfReportFormat pdf = new PdfReportFormat();
        List<Double> ms = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 7; i++) {
            Counting out = new Counting();
            long start = System.nanoTime();
            pdf.write(pdfDoc, out);
            if (i >= 2) {
                ms.add((System.nanoTime() - start) / 1e6);
            }
            bytes = out.count;
        }
        ms.sort(Double::compare);
        System.out.printf("%npdf: %,d words, 200 annotations: median %.0f ms, %,d bytes; peak heap during the PDF runs %,d MB%n",
                w.split("\\s+").length, ms.get(ms.size() / 2), bytes, peakHeapMb());
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
