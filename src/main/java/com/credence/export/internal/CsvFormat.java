package com.credence.export.internal;

import com.credence.annotation.AnnotationView;
import com.credence.annotation.ReviewOutcome;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One row per annotation with its article's metadata (RFC 4180: commas, CRLF, quotes doubled),
 * UTF-8 with a byte-order mark so spreadsheets read it right. A cell a spreadsheet would take for a
 * formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe.
 */
@Component
public class CsvFormat implements ExportFormat {

    static final List<String> HEADER = List.of("article_id", "article_title", "outlet", "article_url", "published_at",
            "annotation_id", "start", "end", "quote", "tag", "source", "cue", "note", "evidence", "status", "author", "created_at",
            "updated_at", "reviewer", "decision", "reason", "review_comment", "verdict");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String label() {
        return "CSV (spreadsheets)";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(ExportDocument doc, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        row(w, HEADER);
        for (AnnotationView a : doc.annotations()) {
            ReviewOutcome r = a.review();
            row(w, java.util.Arrays.asList(String.valueOf(doc.article().id()), doc.article().title(), doc.article().outlet(),
                    doc.article().url(), doc.article().publishedAt() == null ? null : doc.article().publishedAt().toString(),
                    String.valueOf(a.id()), String.valueOf(a.start()), String.valueOf(a.end()), a.quote(), doc.tagName(a.tag()),
                    a.source(), a.cue(), a.note(), String.join(" ", a.evidence()), a.status(), a.author(), a.createdAt().toString(),
                    a.updatedAt().toString(), r == null ? null : r.reviewer(), r == null ? null : r.decision().name(),
                    r == null || r.reason() == null ? null : doc.reason(r.reason()), r == null ? null : r.comment(), r == null ? null : r.verdict()));
        }
        w.flush();
    }

    private static void row(Writer w, List<@Nullable String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** One cell: neutralised if it could be a formula, quoted when it holds a comma, quote or line break. */
    static String cell(@Nullable String value) {
        String v = Objects.requireNonNullElse(value, "");
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.startsWith("'")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
