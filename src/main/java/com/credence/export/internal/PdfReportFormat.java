package com.credence.export.internal;

import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * The annotated report as PDF, from the same template as the HTML report (its PDF medium: CSS 2.1,
 * A4 pages with page numbers). The Liberation fonts are embedded (subset), so accented Latin, Greek
 * and Cyrillic print as they are written; the markup is parsed by jsoup into a well-formed document
 * first, so nothing in an article can break the page. Scripts are never run: openhtmltopdf has no
 * script engine, and the template writes none.
 *
 * <p>Unlike the text formats this one holds the page layout in memory while it renders (the layout
 * engine needs the whole document); see the export benchmark for what that costs.
 */
@Component
public class PdfReportFormat implements ExportFormat {

    static final String SERIF = "Liberation Serif";
    static final String SANS = "Liberation Sans";

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String label() {
        return "Annotated report (PDF)";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(ExportDocument doc, OutputStream out) throws IOException {
        StringWriter html = new StringWriter(doc.article().text().length() * 2 + 8192);
        HtmlReportFormat.report(doc, html, HtmlReportFormat.Medium.PDF);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html.toString()));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (String family : new String[] {SERIF, SANS}) {
            String file = family.replace(" ", "");
            font(builder, file + "-Regular.ttf", family, 400, FontStyle.NORMAL);
            font(builder, file + "-Bold.ttf", family, 700, FontStyle.NORMAL);
            font(builder, file + "-Italic.ttf", family, 400, FontStyle.ITALIC);
            font(builder, file + "-BoldItalic.ttf", family, 700, FontStyle.ITALIC);
        }
        // nothing outside the document is fetched: no images, style sheets or fonts from addresses in it
        builder.useUriResolver((base, uri) -> null);
        builder.withW3cDocument(dom, "about:blank");
        builder.withProducer("Credence");
        builder.toStream(out);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream in = PdfReportFormat.class.getClassLoader().getResourceAsStream("liberation/" + file);
            if (in == null) {
                throw new UncheckedIOException(new IOException("Font " + file + " is missing from the class path"));
            }
            return in;
        }, family, weight, style, true);
    }
}
