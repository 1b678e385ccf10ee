package com.credence.export.internal;

import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.ForeignAnnotation;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The article's annotations as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD) whose
 * first page holds them all. Each annotation is classified by its tag (a {@code SpecificResource}
 * whose source is the tag's IRI), says its note ({@code commenting}), names its source
 * ({@code identifying}) and links its evidence ({@code linking}); its target is the article with a
 * {@code TextQuoteSelector} and a {@code TextPositionSelector} counted in Unicode code points, as the
 * model requires (Credence stores UTF-16 offsets). Annotations other tools posted that Credence could
 * not anchor follow, exactly as they were posted (with the id the container gave them). The same
 * mapping serves the article's W3C annotation container ({@code /anno/{articleId}/}), both ways.
 */
@Component
public class W3cAnnotationFormat implements ExportFormat {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Reads what other tools posted without rounding a number. */
    private static final JsonMapper KEEP = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

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
            g.writeNumberProperty("total", doc.annotations().size() + doc.others().size());
            g.writeObjectPropertyStart("first");
            g.writeStringProperty("id", collection + "&page=0");
            g.writeStringProperty("type", "AnnotationPage");
            g.writeStringProperty("partOf", collection);
            g.writeNumberProperty("startIndex", 0);
            g.writeArrayPropertyStart("items");
            CodePoints positions = new CodePoints(text);
            for (AnnotationView a : doc.annotations()) {
                annotation(g, doc, positions, a, doc.annotationIri(a.id()));
            }
            for (ForeignAnnotation f : doc.others()) {
                g.writeTree(foreign(f.json(), doc.foreignIri(f.id())));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /**
     * The annotations from {@code from} to {@code to} (exclusive) of the document's list, Credence's own
     * (in text order) first and then those of other tools, each in W3C form with its container id.
     */
    public static List<ObjectNode> items(ExportDocument doc, int from, int to) {
        List<ObjectNode> items = new ArrayList<>();
        CodePoints positions = new CodePoints(doc.article().text());
        int own = doc.annotations().size();
        for (int i = Math.max(0, from); i < Math.min(to, own + doc.others().size()); i++) {
            if (i < own) {
                AnnotationView a = doc.annotations().get(i);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                try (JsonGenerator g = JSON.createGenerator(out)) {
                    annotation(g, doc, positions, a, doc.annotationIri(a.id()));
                }
                items.add((ObjectNode) KEEP.readTree(out.toByteArray()));
            } else {
                ForeignAnnotation f = doc.others().get(i - own);
                items.add(foreign(f.json(), doc.foreignIri(f.id())));
            }
        }
        return items;
    }

    /** One Credence annotation in W3C form, with this id. */
    static void annotation(JsonGenerator g, ExportDocument doc, CodePoints positions, AnnotationView a, String id) {
        g.writeStartObject();
        g.writeStringProperty("@context", CONTEXT);
        g.writeStringProperty("id", id);
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
     * What the W3C model carries of a Credence annotation comes back whole; the annotations of other
     * tools in it are left out.
     */
    public static List<AnnotationDraft> read(InputStream in, String text, String tagIriPrefix) {
        JsonNode root = JSON.readTree(in);
        List<AnnotationDraft> drafts = new ArrayList<>();
        for (JsonNode item : root.path("first").path("items")) {
            draft(item, text, target -> true, iri -> iri.startsWith(tagIriPrefix) ? Optional.of(iri.substring(tagIriPrefix.length()))
                    : Optional.empty()).ifPresent(drafts::add);
        }
        return drafts;
    }

    /**
     * The Credence annotation a W3C annotation stands for in this text, or empty when Credence cannot
     * anchor it: it needs one target that is the article ({@code isArticle} of its source) with a
     * {@code TextQuoteSelector} found in the text or a {@code TextPositionSelector} (code points) inside
     * it, and one {@code classifying} body whose source is a tag ({@code tagKey} of it). A position that
     * contradicts the quote gives way to the quote (found where its prefix and suffix fit best).
     */
    public static Optional<AnnotationDraft> draft(JsonNode item, String text, Predicate<String> isArticle,
            Function<String, Optional<String>> tagKey) {
        List<JsonNode> targets = list(item.path("target"));
        if (targets.size() != 1 || !targets.getFirst().isObject() || !isArticle.test(targets.getFirst().path("source").asString(""))) {
            return Optional.empty();
        }
        String tag = null;
        String note = null;
        String source = null;
        String cue = null;
        List<String> evidence = new ArrayList<>();
        for (JsonNode body : list(item.path("body"))) {
            String purpose = body.path("purpose").asString("");
            switch (purpose) {
                case "classifying" -> {
                    if (tag != null) {
                        return Optional.empty(); // two tags: not one Credence annotation
                    }
                    tag = tagKey.apply(body.path("source").asString("")).orElse(null);
                    if (tag == null) {
                        return Optional.empty();
                    }
                }
                case "commenting" -> note = body.path("value").asString(null);
                case "identifying" -> source = body.path("value").asString(null);
                case "describing" -> cue = body.path("value").asString(null);
                case "linking" -> {
                    if (body.path("source").isString()) {
                        evidence.add(body.path("source").asString());
                    }
                }
                default -> { }
            }
        }
        if (tag == null) {
            return Optional.empty();
        }
        int[] span = span(list(targets.getFirst().path("selector")), text);
        return span == null ? Optional.empty()
                : Optional.of(new AnnotationDraft(span[0], span[1], tag, source, cue, note, evidence, null));
    }

    /** [start, end) in UTF-16 from the selectors, or null. */
    private static int @Nullable [] span(List<JsonNode> selectors, String text) {
        int[] position = null;
        JsonNode quote = null;
        for (JsonNode selector : selectors) {
            String type = selector.path("type").asString("");
            if (type.equals("TextPositionSelector") && selector.path("start").canConvertToInt() && selector.path("end").canConvertToInt()
                    && selector.path("start").isIntegralNumber() && selector.path("end").isIntegralNumber()) {
                int start = selector.path("start").asInt();
                int end = selector.path("end").asInt();
                int length = text.codePointCount(0, text.length());
                if (0 <= start && start < end && end <= length) {
                    int from = text.offsetByCodePoints(0, start);
                    position = new int[] {from, text.offsetByCodePoints(from, end - start)};
                }
            } else if (type.equals("TextQuoteSelector") && selector.path("exact").isString() && !selector.path("exact").asString().isEmpty()) {
                quote = selector;
            }
        }
        if (quote == null) {
            return position;
        }
        String exact = quote.path("exact").asString();
        if (position != null && text.substring(position[0], position[1]).equals(exact)) {
            return position;
        }
        String prefix = quote.path("prefix").asString("");
        String suffix = quote.path("suffix").asString("");
        int best = -1;
        int bestScore = -1;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            int score = (text.startsWith(prefix, at - prefix.length()) ? 2 : 0) + (text.startsWith(suffix, at + exact.length()) ? 2 : 0)
                    - (position == null ? 0 : Math.min(1, Math.abs(at - position[0])));
            if (score > bestScore) {
                best = at;
                bestScore = score;
            }
        }
        return best < 0 ? null : new int[] {best, best + exact.length()};
    }

    /** A JSON value that may be one thing or an array of them, as a list. */
    private static List<JsonNode> list(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        List<JsonNode> all = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(all::add);
        } else {
            all.add(node);
        }
        return all;
    }

    /** A JSON text as the tree it is, numbers unrounded (what another tool posted). */
    public static JsonNode parse(String json) {
        return KEEP.readTree(json);
    }

    /**
     * An annotation another tool posted, as it was posted, with the id the container gave it: an id of
     * its own (the client's) moves to {@code via} when it has none, as the protocol suggests;
     * {@code canonical} and every property Credence does not know stay as they are.
     */
    public static ObjectNode foreign(String json, String id) {
        JsonNode posted = KEEP.readTree(json);
        ObjectNode out = KEEP.createObjectNode();
        if (posted.has("@context")) {
            out.set("@context", posted.get("@context"));
        }
        out.put("id", id);
        for (var property : posted.properties()) {
            if (!property.getKey().equals("@context") && !property.getKey().equals("id")) {
                out.set(property.getKey(), property.getValue());
            }
        }
        JsonNode clientId = posted.get("id");
        if (clientId != null && !clientId.asString("").equals(id) && !posted.has("via")) {
            out.set("via", clientId);
        }
        return out;
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
