package com.credence.export.internal;

import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.ReviewOutcome;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import com.credence.tagset.TagView;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The report as Markdown text: every value escaped, so nothing from an article becomes markup. */
@Component
public class MarkdownFormat implements ExportFormat {

    @Override
    public String name() {
        return "md";
    }

    @Override
    public String label() {
        return "Markdown report";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(ExportDocument doc, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("# " + escape(doc.article().title()) + "\n\n");
        StringBuilder meta = new StringBuilder();
        if (doc.article().outlet() != null) {
            meta.append(escape(doc.article().outlet()));
        }
        if (doc.article().publishedAt() != null) {
            meta.append(meta.isEmpty() ? "" : " · ").append(doc.article().publishedAt());
        }
        if (!meta.isEmpty()) {
            w.write(meta + "\n\n");
        }
        if (doc.article().url() != null) {
            w.write("Source: <" + escapeUrl(doc.article().url()) + ">\n\n");
        }
        w.write("## Annotations (" + doc.annotations().size() + ", " + (doc.scope() == com.credence.export.ExportScope.APPROVED
                ? "approved only" : "all statuses") + ")\n\n");
        int n = 0;
        for (AnnotationView a : doc.annotations()) {
            n++;
            w.write(n + ". **" + escape(doc.tagName(a.tag())) + "** — " + escape(AnnotationStatus.valueOf(a.status()).label()) + "\n\n");
            w.write("   > " + escape(a.quote()).replace("\n", "\n   > ") + "\n\n");
            line(w, "Source", a.source());
            line(w, "Cue", a.cue());
            line(w, "Note", a.note());
            for (String link : a.evidence()) {
                w.write("   - Evidence: <" + escapeUrl(link) + ">\n");
            }
            ReviewOutcome r = a.review();
            if (r != null) {
                line(w, "Review", r.decision().label() + " by " + r.reviewer()
                        + (r.reason() == null ? "" : " — " + doc.reason(r.reason())) + (r.comment() == null ? "" : ": " + r.comment()));
                line(w, "Verdict", r.verdict());
            }
            w.write("\n");
        }
        w.write("## Tags\n\n");
        for (TagView t : doc.tags()) {
            w.write("- **" + escape(t.name()) + "**: " + escape(t.definition()) + "\n");
        }
        w.write("\n---\n\nExported by " + escape(doc.exportedBy()) + " from " + escape(doc.organisation()) + " on "
                + doc.exportedAt() + ".\n");
        w.flush();
    }

    private static void line(Writer w, String label, @Nullable String value) throws IOException {
        if (value != null && !value.isBlank()) {
            w.write("   - " + label + ": " + escape(value).replace("\n", " ") + "\n");
        }
    }

    /** Markdown's special characters and HTML's are backslash-escaped or made entities; control characters go. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            if (c == '<') {
                b.append("&lt;");
            } else if (c == '>') {
                b.append("&gt;");
            } else if (c == '&') {
                b.append("&amp;");
            } else if ("\\`*_{}[]()#+-.!|~".indexOf(c) >= 0) {
                b.append('\\').appendCodePoint(c);
            } else if (Character.isISOControl(c) && c != '\n' || HtmlReportFormat.isBidiControl(c)) {
                // control and bidi-override characters would change how the text reads
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** An address inside <...>: only http(s), and no characters that end the autolink. */
    static String escapeUrl(String url) {
        String u = url.startsWith("https://") || url.startsWith("http://") ? url : "about:blank";
        return u.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
    }
}
