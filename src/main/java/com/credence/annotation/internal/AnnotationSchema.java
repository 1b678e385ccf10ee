package com.credence.annotation.internal;

import com.credence.annotation.Anchor;
import com.credence.annotation.AnnotationContent;
import com.credence.annotation.AnnotationStatus;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * The annotation columns' widths, handed to the migrations as Flyway placeholders from the same
 * constants that the domain checks and the form's maximum lengths use.
 */
@Component
class AnnotationSchema implements FlywayConfigurationCustomizer {

    static Map<String, String> placeholders() {
        return Map.of(
                "annotation_context_max", String.valueOf(Anchor.MAX_CONTEXT_COLUMN),
                "annotation_source_max", String.valueOf(AnnotationContent.MAX_SOURCE),
                "annotation_cue_max", String.valueOf(AnnotationContent.MAX_CUE),
                "annotation_note_max", String.valueOf(AnnotationContent.MAX_NOTE),
                "annotation_evidence_max", String.valueOf(AnnotationContent.MAX_EVIDENCE_COLUMN),
                "annotation_status_max", String.valueOf(AnnotationStatus.MAX_LENGTH),
                "annotation_reason_max", String.valueOf(AnnotationContent.MAX_REASON),
                "annotation_review_comment_max", String.valueOf(AnnotationContent.MAX_REVIEW_COMMENT),
                "annotation_verdict_max", String.valueOf(AnnotationContent.MAX_VERDICT));
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Map<String, String> all = new HashMap<>(configuration.getPlaceholders());
        all.putAll(placeholders());
        configuration.placeholders(all);
    }
}
