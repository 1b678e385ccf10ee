package com.credence.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.annotation.AnnotationDraft;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every format on one article with emoji, nested annotations and hostile content in every field. */
class ExportFormatsTest {

    static final String HOSTILE = "<script>window.pwned=1</script><img src=x onerror=alert(1)> =HYPERLINK(\"http://evil\") \u202Egnp.exe";
    static final String TEXT = "Officials 😀 said the bridge is “safe”. Engineers disagree 🏗️ strongly.\nA second paragraph <b>bold</b>.";
    static final Instant T = Instant.parse("2026-03-14T09:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static ArticleDetail article() {
        return new ArticleDetail(42, "Bridge “safe” " + HOSTILE, "=Courier", "https://courier.example/a?b=<c>", "Mara \u202EQuint",
                LocalDate.of(2026, 3, 14), TEXT, List.of(new TextSpan(0, 42), new TextSpan(43, 76)), "0".repeat(64), "editor", T);
    }

    static AnnotationView annotation(long id, String fragment, String tag, String source, String note, List<String> evidence) {
        int start = TEXT.indexOf(fragment);
        int end = start + fragment.length();
        return new AnnotationView(id, 42, start, end, fragment, TEXT.substring(Math.max(0, start - 32), start),
                TEXT.substring(end, Math.min(TEXT.length(), end + 32)), tag, source, source == null ? null : 100L + id, "-cue " + HOSTILE, note, evidence, null, "APPROVED",
                "casey", T, T.plusSeconds(60), 3, T, new ReviewOutcome("eden", ReviewMove.APPROVE, "other", "@SUM(A1) " + HOSTILE,
                        T.plusSeconds(120)));
    }

    static ExportDocument document() {
        List<AnnotationView> list = List.of(
                annotation(7, "Officials 😀 said", "attributed", "+Officials " + HOSTILE, "=1+1 " + HOSTILE,
                        List.of("https://example.org/statement?x=1&y=2")),
                annotation(8, "said the bridge is “safe”", "contested", "-Engineers", "note, with \"quotes\"\r\nand lines", List.of()),
                annotation(9, "Engineers disagree 🏗️", "reported", "\tTabbed", HOSTILE, List.of("https://example.org/a", "https://example.org/b")));
        List<TagView> tags = List.of(new TagView("reported", "Reported", "#3b6fd8", TagLine.SOLID, "1", "Said by the outlet <i>itself</i>", false, 1),
                new TagView("attributed", "Attributed", "#1b8a5a", TagLine.DASHED, "2", "Said by a named source", false, 1),
                new TagView("contested", "Contested", "#c2410c", TagLine.DOTTED, "3", "Disputed", false, 1));
        return new ExportDocument(article(), list, tags, Map.of("other", "Other"), ExportScope.APPROVED, "eden <admin>", T,
                "https://credence.example/", "Lanmouth <Newsroom>");
    }

    static String write(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(document(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void webAnnotationJsonLdKeepsTheRulesOfTheModel() throws IOException {
        JsonNode root = JSON.readTree(write(new W3cAnnotationFormat()));
        assertThat(root.get("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.get("type").asString()).isEqualTo("AnnotationCollection");
        assertThat(root.get("id").asString()).startsWith("https://credence.example/api/articles/42/export");
        assertThat(root.get("label").asString()).startsWith("Bridge");
        assertThat(root.get("total").asInt()).isEqualTo(3);
        JsonNode page = root.get("first");
        assertThat(page.get("type").asString()).isEqualTo("AnnotationPage");
        assertThat(page.get("items").size()).isEqualTo(3);
        for (JsonNode a : page.get("items")) {
            assertThat(a.get("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
            assertThat(a.get("id").asString()).matches("https://credence\\.example/anno/42/\\d+");
            assertThat(a.get("type").asString()).isEqualTo("Annotation");
            assertThat(Instant.parse(a.get("created").asString())).isEqualTo(T);
            assertThat(a.get("creator").get("type").asString()).isEqualTo("Person");
            assertThat(a.get("target").get("source").asString()).isEqualTo("https://courier.example/a?b=<c>");
            for (JsonNode body : a.get("body")) {
                assertThat(body.get("purpose").asString()).isIn("classifying", "commenting", "identifying", "describing", "linking");
                if (body.get("type").asString().equals("SpecificResource")) {
                    assertThat(body.get("source").asString()).startsWith("https://");
                } else {
                    assertThat(body.get("type").asString()).isEqualTo("TextualBody");
                    assertThat(body.get("value").isString()).isTrue();
                }
            }
            String exact = null;
            int start = -1;
            int end = -1;
            for (JsonNode s : a.get("target").get("selector")) {
                if (s.get("type").asString().equals("TextQuoteSelector")) {
                    exact = s.get("exact").asString();
                } else {
                    assertThat(s.get("type").asString()).isEqualTo("TextPositionSelector");
                    assertThat(s.get("start").isIntegralNumber()).isTrue();
                    start = s.get("start").asInt();
                    end = s.get("end").asInt();
                }
            }
            // positions count code points: cutting the text by code points gives the quote
            int[] cps = TEXT.codePoints().toArray();
            assertThat(start).isNotNegative();
            assertThat(new String(cps, start, end - start)).isEqualTo(exact);
        }
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("body").get(0).get("source").asString()).isEqualTo("https://credence.example/tags/attributed");
    }

    @Test
    void webAnnotationJsonLdCarriesOtherToolsAnnotationsUnchanged() throws IOException {
        String posted = "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":\"urn:uuid:1\",\"type\":\"Annotation\","
                + "\"canonical\":\"urn:uuid:c\",\"x:score\":1.250,\"target\":\"https://elsewhere.example/\"}";
        ExportDocument base = document();
        ExportDocument doc = new ExportDocument(base.article(), base.annotations(), base.tags(), base.reasonLabels(), ExportScope.ALL,
                base.exportedBy(), base.exportedAt(), base.baseUrl(), base.organisation(),
                List.of(new com.credence.annotation.ForeignAnnotation(7, 42, posted, "tool", T, T, 0)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new W3cAnnotationFormat().write(doc, out);
        JsonNode root = JSON.readTree(out.toByteArray());
        assertThat(root.get("total").asInt()).isEqualTo(4);
        JsonNode last = root.get("first").get("items").get(3);
        assertThat(last.get("id").asString()).isEqualTo("https://credence.example/anno/42/ext-7");
        assertThat(last.get("via").asString()).isEqualTo("urn:uuid:1");
        assertThat(last.get("canonical").asString()).isEqualTo("urn:uuid:c");
        assertThat(last.get("x:score").decimalValue()).isEqualByComparingTo("1.250");
        assertThat(last.get("target").asString()).isEqualTo("https://elsewhere.example/");
        // what Credence reads back of its export is its own annotations; the others stay the other tools'
        assertThat(W3cAnnotationFormat.read(new ByteArrayInputStream(out.toByteArray()), TEXT, "https://credence.example/tags/"))
                .hasSize(3);
    }

    @Test
    void webAnnotationJsonLdReadsBackWithoutLoss() throws IOException {
        String json = write(new W3cAnnotationFormat());
        List<AnnotationDraft> back = W3cAnnotationFormat.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), TEXT,
                "https://credence.example/tags/");
        List<AnnotationDraft> original = document().annotations().stream()
                .map(a -> new AnnotationDraft(a.start(), a.end(), a.tag(), a.source(), a.cue(), a.note(), a.evidence(), null)).toList();
        assertThat(back).isEqualTo(original);
    }

    @Test
    void csvIsSpreadsheetSafeAndReadsBack() throws IOException {
        String csv = write(new CsvFormat());
        assertThat(csv).startsWith("\uFEFFarticle_id,article_title,");
        List<List<String>> rows = com.credence.Csv.rows(csv.substring(1));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(CsvFormat.HEADER);
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSize(CsvFormat.HEADER.size());
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        List<String> first = rows.get(1);
        assertThat(first.get(CsvFormat.HEADER.indexOf("note"))).isEqualTo("'=1+1 " + HOSTILE);
        assertThat(first.get(CsvFormat.HEADER.indexOf("source"))).isEqualTo("'+Officials " + HOSTILE);
        assertThat(first.get(CsvFormat.HEADER.indexOf("outlet"))).isEqualTo("'=Courier");
        assertThat(first.get(CsvFormat.HEADER.indexOf("review_comment"))).isEqualTo("'@SUM(A1) " + HOSTILE);
        assertThat(rows.get(2).get(CsvFormat.HEADER.indexOf("note"))).isEqualTo("note, with \"quotes\"\r\nand lines");
        assertThat(rows.get(3).get(CsvFormat.HEADER.indexOf("source"))).isEqualTo("'\tTabbed");
        assertThat(rows.get(1).get(CsvFormat.HEADER.indexOf("quote"))).isEqualTo("Officials 😀 said");
    }

    @Test
    void jsonLinesHasOneAnnotationPerLineWithTheApisFields() throws IOException {
        String[] lines = write(new JsonLinesFormat()).split("\n");
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            JsonNode a = JSON.readTree(line);
            assertThat(a.has("id") && a.has("quote") && a.has("status") && a.has("review")).isTrue();
        }
        assertThat(JSON.readTree(lines[2]).get("note").asString()).isEqualTo(HOSTILE);
    }

    @Test
    void markdownAndHtmlNeverCarryMarkupFromTheArticleOrItsAnnotations() throws IOException {
        String md = write(new MarkdownFormat());
        String html = write(new HtmlReportFormat());
        for (String out : List.of(md, html)) {
            assertThat(out).doesNotContain("<script", "<img", "<b>bold", "<i>itself", "\u202E", "<admin>", "<Newsroom>");
        }
        assertThat(md).contains("&lt;script&gt;", "=1\\+1");
        assertThat(html).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;", "Content-Security-Policy", "default-src 'none'");
        assertThat(html).doesNotContainPattern("<[a-z]+[^>]*\\ssrc=").doesNotContain("<link", "@import");
        // the text is all there, in order, with a marker per annotation
        assertThat(html).contains(">A1<", ">C2<", ">R3<", "Engineers disagree 🏗️");
        assertThat(html).contains("<a class=\"source\" href=\"https://credence.example/sources/107\">+Officials ");
        assertThat(html.indexOf("Officials")).isLessThan(html.indexOf("A second paragraph"));
    }

    static AnnotationView withVerdict(AnnotationView a, String verdict) {
        ReviewOutcome r = a.review();
        return new AnnotationView(a.id(), a.articleId(), a.start(), a.end(), a.quote(), a.prefix(), a.suffix(), a.tag(), a.source(),
                a.cue(), a.note(), a.evidence(), a.conflictsWith(), a.status(), a.author(), a.createdAt(), a.updatedAt(), a.version(),
                a.submittedAt(), new ReviewOutcome(r.reviewer(), r.decision(), r.reason(), r.comment(), r.at(), verdict));
    }

    @Test
    void claimReviewPublishesApprovedContestedClaimsWithTheirVerdictOnly() throws IOException {
        ExportDocument base = document();
        List<AnnotationView> list = base.annotations().stream()
                .map(a -> a.tag().equals("contested") ? withVerdict(a, "Misleading") : a).toList();
        ExportDocument doc = new ExportDocument(base.article(), list, base.tags(), base.reasonLabels(), ExportScope.ALL,
                base.exportedBy(), base.exportedAt(), base.baseUrl(), base.organisation());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClaimReviewFormat().write(doc, out);
        JsonNode root = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(root.get("@graph").size()).isEqualTo(1);
        JsonNode review = root.get("@graph").get(0);
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asString()).isEqualTo("said the bridge is “safe”");
        assertThat(review.get("reviewRating").get("@type").asString()).isEqualTo("Rating");
        assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("Misleading");
        assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(review.get("author").get("name").asString()).isEqualTo("Lanmouth <Newsroom>");
        assertThat(review.get("datePublished").asString()).isEqualTo("2026-03-14");
        assertThat(review.get("url").asString()).isEqualTo("https://credence.example/api/articles/42/export?format=html#a2");
        JsonNode claim = review.get("itemReviewed");
        assertThat(claim.get("@type").asString()).isEqualTo("Claim");
        assertThat(claim.get("author").get("name").asString()).isEqualTo("-Engineers");
        assertThat(claim.get("appearance").get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(claim.get("appearance").get("url").asString()).isEqualTo("https://courier.example/a?b=<c>");
        assertThat(claim.get("appearance").get("datePublished").asString()).isEqualTo("2026-03-14");
        // without a verdict, or not approved, nothing is published as reviewed
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        new ClaimReviewFormat().write(base, none);
        assertThat(JSON.readTree(none.toString(StandardCharsets.UTF_8)).get("@graph").size()).isZero();
    }
}
