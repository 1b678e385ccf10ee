package com.credence.export.internal;

import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.ReviewOutcome;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import java.io.OutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org ClaimReview (JSON-LD) for each approved contested annotation with a verdict: the claim
 * (the quote), who made it (the source, or the outlet when none is named) and where it appeared (the
 * article), the rating (the editor's verdict), who reviewed it (the organisation) and when, and the
 * report where it is explained. The scope is always the approved annotations: an unreviewed claim is
 * never published as reviewed.
 */
@Component
public class ClaimReviewFormat implements ExportFormat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "claimreview";
    }

    @Override
    public String label() {
        return "schema.org ClaimReview (JSON-LD)";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public String extension() {
        return "claimreview.jsonld";
    }

    /** Whether the annotation is published as a ClaimReview: approved, contested, with a verdict. */
    static boolean reviewed(AnnotationView a) {
        ReviewOutcome r = a.review();
        return AnnotationStatus.APPROVED.name().equals(a.status()) && "contested".equals(a.tag()) && r != null && r.verdict() != null;
    }

    @Override
    public void write(ExportDocument doc, OutputStream out) {
        String report = doc.baseUrl() + "/api/articles/" + doc.article().id() + "/export?format=html";
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("@context", "https://schema.org");
            g.writeArrayPropertyStart("@graph");
            int n = 0;
            for (AnnotationView a : doc.annotations()) {
                n++;
                if (!reviewed(a)) {
                    continue;
                }
                ReviewOutcome r = a.review();
                g.writeStartObject();
                g.writeStringProperty("@type", "ClaimReview");
                g.writeStringProperty("url", report + "#a" + n);
                g.writeStringProperty("claimReviewed", a.quote());
                g.writeStringProperty("datePublished", r.at().toString().substring(0, 10));
                g.writeObjectPropertyStart("author");
                g.writeStringProperty("@type", "Organization");
                g.writeStringProperty("name", doc.organisation());
                g.writeEndObject();
                g.writeObjectPropertyStart("reviewRating");
                g.writeStringProperty("@type", "Rating");
                g.writeStringProperty("alternateName", r.verdict());
                g.writeEndObject();
                g.writeObjectPropertyStart("itemReviewed");
                g.writeStringProperty("@type", "Claim");
                g.writeObjectPropertyStart("author");
                g.writeStringProperty("@type", "Organization");
                String source = a.source() != null ? a.source() : doc.article().outlet() != null ? doc.article().outlet() : "Unnamed source";
                g.writeStringProperty("name", source);
                g.writeEndObject();
                g.writeObjectPropertyStart("appearance");
                g.writeStringProperty("@type", "CreativeWork");
                g.writeStringProperty("url", doc.articleIri());
                g.writeStringProperty("headline", doc.article().title());
                if (doc.article().publishedAt() != null) {
                    g.writeStringProperty("datePublished", doc.article().publishedAt().toString());
                }
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
