package com.credence.export.internal;

import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationView;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article's annotations as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD) whose
 * first page holds them all. Each annotation is classified by its tag (a {@code SpecificResource}
 * whose source is the tag's IRI), says its note ({@code commenting}), names its source
 * ({@code identifying}) and links its evidence ({@code linking}); its target is the article with a
 * {@code TextQuoteSelector} and a {@code TextPositionSelector} counted in Unicode code points, as the
 * model requires (Credence stores UTF-16 offsets).
 */
@Component
public class W3cAnnotationFormat implements ExportFormat {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "jsonld";
    }

    @Override
    public String label() {
        return "W3C Web Annotation (JSON-LD)";
    }

    @Override
    public String mediaType() {
        return "application/ld+json; profile=\"" + CONTEXT + "\"";
    }

    @Override
    public String extension() {
        return "jsonld";
    }

    @Override
    public void write(ExportDocument doc, OutputStream out) {
        String text = doc.article().text();
        String collection = doc.baseUrl() + "/api/articles/" + doc.article().id() + "/export?format=jsonld&scope="
                + doc.scope().name().toLowerCase(java.util.Locale.ROOT);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("@context", CONTEXT);
            g.writeStringProperty("id", collection);
            g.writeStringProperty("type", "AnnotationCollection");
            g.writeStringProperty("label", doc.article().title());
            g.writeNumberProperty("total", doc.annotations().size());
            g.writeObjectPropertyStart("first");
            g.writeStringProperty("id", collection + "&page=0");
            g.writeStringProperty("type", "AnnotationPage");
            g.writeStringProperty("partOf", collection);
            g.writeNumberProperty("startIndex", 0);
            g.writeArrayPropertyStart("items");
            CodePoints positions = new CodePoints(text);
            for (AnnotationView a : doc.annotations()) {
                annotation(g, doc, positions, a);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void annotation(JsonGenerator g, ExportDocument doc, CodePoints positions, AnnotationView a) {
        g.writeStartObject();
        g.writeStringProperty("@context", CONTEXT);
        g.writeStringProperty("id", doc.annotationIri(a.id()));
        g.writeStringProperty("type", "Annotation");
        g.writeStringProperty("motivation", a.note() == null ? "classifying" : "commenting");
        g.writeStringProperty("created", a.createdAt().toString());
        g.writeStringProperty("modified", a.updatedAt().toString());
        g.writeObjectPropertyStart("creator");
        g.writeStringProperty("type", "Person");
        g.writeStringProperty("name", a.author());
        g.writeEndObject();
        g.writeArrayPropertyStart("body");
        g.writeStartObject();
        g.writeStringProperty("type", "SpecificResource");
        g.writeStringProperty("source", doc.tagIri(a.tag()));
        g.writeStringProperty("purpose", "classifying");
        g.writeEndObject();
        textualBody(g, a.note(), "commenting");
        textualBody(g, a.source(), "identifying");
        textualBody(g, a.cue(), "describing");
        for (String link : a.evidence()) {
            g.writeStartObject();
            g.writeStringProperty("type", "SpecificResource");
            g.writeStringProperty("source", link);
            g.writeStringProperty("purpose", "linking");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectPropertyStart("target");
        g.writeStringProperty("source", doc.articleIri());
        g.writeArrayPropertyStart("selector");
        g.writeStartObject();
        g.writeStringProperty("type", "TextQuoteSelector");
        g.writeStringProperty("exact", a.quote());
        g.writeStringProperty("prefix", a.prefix());
        g.writeStringProperty("suffix", a.suffix());
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringProperty("type", "TextPositionSelector");
        int start = positions.at(a.start());
        g.writeNumberProperty("start", start);
        g.writeNumberProperty("end", start + positions.between(a.start(), a.end()));
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void textualBody(JsonGenerator g, @Nullable String value, String purpose) {
        if (value == null) {
            return;
        }
        g.writeStartObject();
        g.writeStringProperty("type", "TextualBody");
        g.writeStringProperty("value", value);
        g.writeStringProperty("format", "text/plain");
        g.writeStringProperty("purpose", purpose);
        g.writeEndObject();
    }

    /**
     * Reads an exported collection back into drafts for the same text: positions converted from code
     * points to UTF-16, the tag from its IRI, the note, source, cue and evidence from their purposes.
     * What the W3C model carries of a Credence annotation comes back whole.
     */
    public static List<AnnotationDraft> read(InputStream in, String text, String tagIriPrefix) {
        JsonNode root = JSON.readTree(in);
        List<AnnotationDraft> drafts = new ArrayList<>();
        for (JsonNode item : root.path("first").path("items")) {
            String tag = null;
            String note = null;
            String source = null;
            String cue = null;
            List<String> evidence = new ArrayList<>();
            for (JsonNode body : item.path("body")) {
                String purpose = body.path("purpose").asString("");
                switch (purpose) {
                    case "classifying" -> tag = body.path("source").asString("").substring(tagIriPrefix.length());
                    case "commenting" -> note = body.path("value").asString();
                    case "identifying" -> source = body.path("value").asString();
                    case "describing" -> cue = body.path("value").asString();
                    case "linking" -> evidence.add(body.path("source").asString());
                    default -> { }
                }
            }
            int start = -1;
            int end = -1;
            for (JsonNode selector : item.path("target").path("selector")) {
                if ("TextPositionSelector".equals(selector.path("type").asString(""))) {
                    start = text.offsetByCodePoints(0, selector.path("start").asInt());
                    end = text.offsetByCodePoints(0, selector.path("end").asInt());
                }
            }
            drafts.add(new AnnotationDraft(start, end, tag == null ? "" : tag, source, cue, note, evidence, null));
        }
        return drafts;
    }

    /**
     * UTF-16 offsets to code point offsets, walking forward from the last one asked for (annotations
     * come in text order), so a long article is not counted from its start for every annotation.
     */
    static final class CodePoints {
        private final String text;
        private int utf16;
        private int codePoints;

        CodePoints(String text) {
            this.text = text;
        }

        int at(int offset) {
            if (offset < utf16) {
                utf16 = 0;
                codePoints = 0;
            }
            codePoints += text.codePointCount(utf16, offset);
            utf16 = offset;
            return codePoints;
        }

        int between(int start, int end) {
            return text.codePointCount(start, end);
        }
    }
}
