package com.credence.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.annotation.AnnotationView;
import com.credence.annotation.ReviewMove;
import com.credence.annotation.ReviewOutcome;
import com.credence.article.ArticleDetail;
import com.credence.export.ExportDocument;
import com.credence.export.ExportScope;
import com.credence.tagset.TagLine;
import com.credence.tagset.TagView;
import com.credence.text.TextSpan;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF report read back with PDFBox: its text is the article's and the annotations', in Latin with
 * accents, Greek and Cyrillic, every font embedded; hostile fields print as the characters they are.
 * Page one is saved as an image under target/ to look at.
 */
class PdfReportFormatTest {

    static final String TEXT = """
            Le ministre a déclaré que le pont « est sûr » depuis l'été.
            Ο δήμαρχος είπε ότι η γέφυρα είναι ασφαλής.
            Мэр заявил, что мост безопасен, но инженеры не согласны.""";
    static final Instant T = Instant.parse("2026-05-02T08:30:00Z");

    static ExportDocument document() {
        ArticleDetail article = new ArticleDetail(7, "Ponts, γέφυρες и мосты: " + ExportFormatsTest.HOSTILE, "Écho <Quotidien>",
                "https://echo.example/ponts", "Zoé Ørsted", LocalDate.of(2026, 5, 1), TEXT,
                List.of(new TextSpan(0, 59), new TextSpan(60, 103), new TextSpan(104, TEXT.length())), "1".repeat(64), "eden", T);
        List<AnnotationView> list = new ArrayList<>();
        list.add(annotation(1, "le pont « est sûr »", "attributed", "Le ministre", "Vérifié auprès du cabinet.", null));
        list.add(annotation(2, "η γέφυρα είναι ασφαλής", "reported", "Ο δήμαρχος", "Σημείωση", null));
        list.add(annotation(3, "мост безопасен", "contested", "Мэр", ExportFormatsTest.HOSTILE + " " + "x".repeat(400), "Ложь"));
        List<TagView> tags = List.of(new TagView("reported", "Reported", "#3b6fd8", TagLine.SOLID, "1", "Said by the outlet itself", false, 1),
                new TagView("attributed", "Attributed", "#1b8a5a", TagLine.DASHED, "2", "Said by a named source", false, 1),
                new TagView("contested", "Contested", "#c2410c", TagLine.DOTTED, "3", "Disputed by evidence or another source", false, 1));
        return new ExportDocument(article, list, tags, Map.of(), ExportScope.APPROVED, "eden", T, "https://credence.example",
                "Lanmouth Newsroom");
    }

    static AnnotationView annotation(long id, String fragment, String tag, String source, String note, String verdict) {
        int start = TEXT.indexOf(fragment);
        int end = start + fragment.length();
        return new AnnotationView(id, 7, start, end, fragment, "", "", tag, source, null, note,
                List.of("https://example.org/evidence/" + id), null, "APPROVED", "casey", T, T, 1, T,
                new ReviewOutcome("eden", ReviewMove.APPROVE, null, null, T, verdict));
    }

    @Test
    void thePdfHoldsTheReportWithEmbeddedFontsForEveryScript() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportFormat().write(document(), out);
        byte[] pdf = out.toByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            // the article, in all three scripts, and its metadata
            assertThat(text).contains("Le ministre a déclaré que le pont « est sûr » A1 depuis l'été.", "Ο δήμαρχος είπε ότι η γέφυρα",
                    "Мэр заявил, что мост безопасен C3", "Écho <Quotidien>", "Zoé Ørsted", "https://echo.example/ponts");
            // the numbered annotations with source, note, evidence, review and verdict
            assertThat(text).contains("Le ministre", "Vérifié auprès du cabinet.", "https://example.org/evidence/1", "Мэр", "Ложь",
                    "Approved by eden", "Verdict");
            // the legend, the counts, who exported it
            assertThat(text).contains("Said by a named source", "Approved: 3", "Exported by eden from Lanmouth Newsroom");
            // hostile content prints as the characters it is, the right-to-left override dropped
            assertThat(text).contains("<script>window.pwned=1</script>").doesNotContain("\u202E");
            // page numbers from the print stylesheet
            assertThat(text).contains("Page 1 of " + doc.getNumberOfPages());
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Ponts, γέφυρες и мосты");

            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("LiberationSerif")).anyMatch(f -> f.contains("LiberationSans"));
            // no glyph fell back to a placeholder
            assertThat(text).doesNotContain("#####");

            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            Path shot = Path.of("target", "screenshots", "pdf-report-page1.png");
            Files.createDirectories(shot.getParent());
            ImageIO.write(image, "png", shot.toFile());
            assertThat(Files.size(shot)).isPositive();
        }
    }
}
