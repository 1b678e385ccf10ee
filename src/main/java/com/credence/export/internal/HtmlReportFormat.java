package com.credence.export.internal;

import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.ReviewOutcome;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import com.credence.export.ExportScope;
import com.credence.tagset.TagColours;
import com.credence.tagset.TagLine;
import com.credence.tagset.TagView;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The annotated report people read: one self-contained HTML file (inline CSS, no scripts, no
 * external requests, a print stylesheet). The text carries the highlights in tag colours and, for
 * readers who cannot tell colours apart, a line style and a letter per tag in numbered markers; then
 * the numbered annotations with source, cue, note, evidence and review, the tag legend, the counts,
 * and who exported it when. Every value from an article, a note or a source is escaped.
 */
@Component
public class HtmlReportFormat implements ExportFormat {

    /**
     * The line under a tag's highlights, the cue that needs no colour, as the tag set chose it: a CSS 2.1
     * border so the PDF draws it too, where there is no wavy line (a thick one stands in for it).
     */
    static String border(TagLine line) {
        return switch (line) {
            case SOLID -> "2px solid";
            case DASHED -> "2px dashed";
            case DOTTED -> "2px dotted";
            case DOUBLE -> "3px double";
            case WAVY -> "4px solid";
        };
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String label() {
        return "Annotated report (HTML)";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(ExportDocument doc, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        report(doc, w, Medium.SCREEN);
        w.flush();
    }

    /** Where the report is read: a browser (and its print), or a PDF page (CSS 2.1, embedded fonts, page numbers). */
    enum Medium {
        SCREEN, PDF
    }

    /** The report, for either medium, from the one template. */
    static void report(ExportDocument doc, Writer w, Medium medium) throws IOException {
        List<AnnotationView> list = doc.annotations();
        w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.write("<meta name=\"author\" content=\"" + esc(doc.organisation()) + "\">");
        w.write("<title>" + esc(doc.article().title()) + " — annotated report</title><style>" + css(doc, medium) + "</style></head><body>");
        w.write("<header><p class=\"kicker\">" + esc(doc.organisation()) + " · annotated report</p><h1>" + esc(doc.article().title())
                + "</h1><p class=\"meta\">");
        List<String> meta = new ArrayList<>();
        if (doc.article().outlet() != null) {
            meta.add(esc(doc.article().outlet()));
        }
        if (doc.article().byline() != null) {
            meta.add(esc(doc.article().byline()));
        }
        if (doc.article().publishedAt() != null) {
            meta.add(esc(doc.article().publishedAt().toString()));
        }
        w.write(String.join(" · ", meta) + "</p>");
        String url = doc.article().url();
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            w.write("<p class=\"meta\"><a href=\"" + esc(url) + "\" rel=\"noopener noreferrer nofollow\">" + esc(url) + "</a></p>");
        }
        w.write("<p class=\"scope\">" + (doc.scope() == ExportScope.APPROVED ? "Approved annotations only." : "All annotations, with their status.")
                + "</p></header>");

        w.write("<main><section class=\"text\" aria-label=\"The article with its annotations\">");
        text(w, doc);
        w.write("</section>");

        w.write("<section class=\"notes\"><h2>Annotations</h2>");
        if (list.isEmpty()) {
            w.write("<p>No annotations in this report.</p>");
        }
        w.write("<ol>");
        int n = 0;
        for (AnnotationView a : list) {
            n++;
            ReviewOutcome r = a.review();
            w.write("<li id=\"a" + n + "\"><p class=\"head\"><span class=\"tag t-" + cls(a.tag()) + "\">" + letter(doc, a.tag()) + " "
                    + esc(doc.tagName(a.tag())) + "</span> <span class=\"status\">" + esc(AnnotationStatus.valueOf(a.status()).label())
                    + "</span></p><blockquote>" + esc(a.quote()) + "</blockquote><dl>");
            if (a.source() != null && a.sourceId() != null) { // the source's page in Credence, the name as escaped text
                w.write("<dt>Source</dt><dd><a class=\"source\" href=\"" + esc(doc.baseUrl() + "/sources/" + a.sourceId()) + "\">"
                        + esc(a.source()) + "</a></dd>");
            } else {
                field(w, "Source", a.source());
            }
            field(w, "Cue", a.cue());
            field(w, "Note", a.note());
            if (!a.evidence().isEmpty()) {
                w.write("<dt>Evidence</dt><dd>");
                for (String link : a.evidence()) {
                    w.write("<a href=\"" + esc(link) + "\" rel=\"noopener noreferrer nofollow\">" + esc(link) + "</a><br>");
                }
                w.write("</dd>");
            }
            field(w, "Marked by", a.author());
            if (r != null) {
                field(w, "Review", r.decision().label() + " by " + r.reviewer() + ", " + r.at().toString().substring(0, 10)
                        + (r.reason() == null ? "" : " — " + doc.reason(r.reason())) + (r.comment() == null ? "" : ": “" + r.comment() + "”"));
                field(w, "Verdict", r.verdict());
            }
            w.write("</dl></li>");
        }
        w.write("</ol></section>");

        w.write("<section class=\"legend\"><h2>Tags</h2><dl>");
        Map<String, Long> perTag = new TreeMap<>();
        Map<AnnotationStatus, Long> perStatus = new EnumMap<>(AnnotationStatus.class);
        for (AnnotationView a : list) {
            perTag.merge(a.tag(), 1L, Long::sum);
            perStatus.merge(AnnotationStatus.valueOf(a.status()), 1L, Long::sum);
        }
        for (TagView t : doc.tags()) {
            w.write("<dt><span class=\"tag t-" + cls(t.key()) + "\">" + letter(doc, t.key()) + " " + esc(t.name()) + "</span> ("
                    + perTag.getOrDefault(t.key(), 0L) + ")</dt><dd>" + esc(t.definition()) + "</dd>");
        }
        w.write("</dl><p class=\"counts\">");
        List<String> statuses = new ArrayList<>();
        perStatus.forEach((s, c) -> statuses.add(esc(s.label()) + ": " + c));
        w.write(String.join(" · ", statuses) + "</p></section></main>");
        w.write("<footer>Exported by " + esc(doc.exportedBy()) + " from " + esc(doc.organisation()) + " on "
                + esc(doc.exportedAt().toString()) + " with Credence.</footer></body></html>\n");
    }

    /**
     * The text in paragraphs, cut at every annotation boundary (one pass over sorted boundaries): each
     * run is marked with the innermost annotation covering it, overlaps get a darker background, and a
     * numbered marker with the tag's letter closes each annotation.
     */
    private static void text(Writer w, ExportDocument doc) throws IOException {
        String text = doc.article().text();
        List<AnnotationView> list = doc.annotations();
        TreeMap<Integer, List<Integer>> ends = new TreeMap<>();
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (int i = 0; i < list.size(); i++) {
            cuts.add(list.get(i).start());
            cuts.add(list.get(i).end());
            ends.computeIfAbsent(list.get(i).end(), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                cuts.add(i);
                cuts.add(i + 1);
            }
        }
        w.write("<p>");
        List<AnnotationView> byStart = new ArrayList<>(list);
        byStart.sort(java.util.Comparator.comparingInt(AnnotationView::start));
        List<AnnotationView> active = new ArrayList<>();
        int next = 0;
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                String run = text.substring(from, cut);
                if (run.equals("\n")) {
                    w.write("</p><p>");
                } else {
                    // the annotations covering this run: a sweep, so the cost follows the overlaps, not the whole list
                    int at = from;
                    active.removeIf(a -> a.end() <= at);
                    while (next < byStart.size() && byStart.get(next).start() <= at) {
                        if (byStart.get(next).end() > at) {
                            active.add(byStart.get(next));
                        }
                        next++;
                    }
                    AnnotationView inner = null;
                    for (AnnotationView a : active) {
                        if (inner == null || a.end() - a.start() < inner.end() - inner.start()) {
                            inner = a;
                        }
                    }
                    if (inner == null) {
                        w.write(esc(run));
                    } else {
                        w.write("<mark class=\"t-" + cls(inner.tag()) + (active.size() > 1 ? " overlap" : "") + "\">" + esc(run) + "</mark>");
                    }
                }
            }
            for (int i : ends.getOrDefault(cut, List.of())) {
                AnnotationView a = list.get(i);
                w.write("<a class=\"marker t-" + cls(a.tag()) + "\" href=\"#a" + (i + 1) + "\">" + letter(doc, a.tag()) + (i + 1) + "</a>");
            }
            from = cut;
        }
        w.write("</p>");
    }

    private static String css(ExportDocument doc, Medium medium) {
        boolean pdf = medium == Medium.PDF;
        String serif = pdf ? "'" + PdfReportFormat.SERIF + "',serif" : "Georgia,'Times New Roman',serif";
        String sans = pdf ? "'" + PdfReportFormat.SANS + "',sans-serif" : "system-ui,sans-serif";
        StringBuilder css = new StringBuilder(pdf ? """
                @page{size:A4;margin:18mm 17mm 20mm;@bottom-center{content:"Page " counter(page) " of " counter(pages);font:8pt SANS;color:#4a5361}}
                body{margin:0!important;max-width:none!important}.notes li{page-break-inside:avoid}h2{page-break-after:avoid}
                """.replace("SANS", sans) : "");
        css.append("""
                body{font-family:SERIF;color:#1b2330;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.6}
                header h1{font-size:2rem;line-height:1.2;margin:.2rem 0}.kicker{font:600 .8rem SANS;text-transform:uppercase;letter-spacing:.06em;color:#5b6472}
                .meta,.scope,footer,.counts{font-family:SANS;font-size:.9rem;color:#4a5361}
                .text p{margin:0 0 1em}mark{background:none;color:inherit;padding:0 1px;border-bottom-width:2px}
                mark.overlap{font-weight:600}
                .marker{font:700 .65rem SANS;vertical-align:super;text-decoration:none;margin-left:1px;padding:0 .2em;border-radius:.3em;color:#fff}
                h2{font:700 1.1rem SANS;margin-top:2rem;border-top:1px solid #d8dde5;padding-top:1rem}
                .notes li{margin-bottom:1rem}.head{margin:0;font-family:SANS;font-size:.85rem}
                .tag{font-weight:700;padding:.05em .4em;border-radius:.3em}.status{color:#4a5361}
                blockquote{margin:.3rem 0;padding-left:.8rem;border-left:3px solid #c9d0da;font-style:italic}
                dl{margin:.2rem 0;font-family:SANS;font-size:.85rem}dt{font-weight:600}dd{margin:0 0 .3rem 0;overflow-wrap:anywhere;word-wrap:break-word}
                .legend dt{margin-top:.5rem}footer{margin-top:2rem;border-top:1px solid #d8dde5;padding-top:.6rem}
                a{color:#1d4ed8;overflow-wrap:anywhere;word-wrap:break-word}blockquote,.text p,h1{word-wrap:break-word}
                """.replace("SERIF", serif).replace("SANS", sans));
        if (!pdf) {
            css.append("""
                    @media print{body{margin:0;max-width:none}a{color:inherit}.marker{color:#000!important;background:none!important;border:1px solid #000}
                    .notes li{break-inside:avoid}h2{break-after:avoid}}
                    """);
        }
        for (TagView t : doc.tags()) {
            String colour = t.colour().matches("#[0-9a-fA-F]{6}") ? t.colour() : "#888888";
            String k = cls(t.key());
            // tints mixed with white rather than alpha colours: the same on screen, in print and in the PDF
            css.append("mark.t-").append(k).append("{background:").append(TagColours.tint(colour, 0.15)).append(";border-bottom:")
                    .append(border(t.line())).append(' ').append(colour).append("}.marker.t-").append(k).append("{background:")
                    .append(TagColours.text(colour)).append("}.tag.t-").append(k).append("{color:").append(TagColours.text(colour))
                    .append(";background:").append(TagColours.tint(colour, TagColours.TINT)).append(";border-bottom:")
                    .append(border(t.line())).append(' ').append(colour).append("}\n");
        }
        return css.toString();
    }

    /** The tag's letter in markers: its name's first letter (a non-colour cue beside the line style). */
    private static String letter(ExportDocument doc, String key) {
        String name = doc.tagName(key);
        return esc(name.isEmpty() ? "?" : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT));
    }

    private static void field(Writer w, String label, @Nullable String value) throws IOException {
        if (value != null && !value.isBlank()) {
            w.write("<dt>" + label + "</dt><dd>" + esc(value) + "</dd>");
        }
    }

    /** A CSS class from a tag key (keys are [a-z0-9-], but never trusted). */
    private static String cls(String key) {
        return key.replaceAll("[^a-zA-Z0-9_-]", "_");
    }

    /** Escaped for HTML text and attributes; control and bidi-override characters dropped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !(Character.isISOControl(c) && c != '\n' && c != '\t') && !isBidiControl(c))
                .forEach(b::appendCodePoint);
        return HtmlUtils.htmlEscape(b.toString(), "UTF-8");
    }

    /** Embedding, override and isolate controls, which can make text read differently from what it says. */
    static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
