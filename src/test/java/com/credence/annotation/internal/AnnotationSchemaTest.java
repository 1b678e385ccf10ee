package com.credence.annotation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.annotation.Anchor;
import com.credence.annotation.AnnotationContent;
import com.credence.annotation.AnnotationStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database's column widths are the domain's constants (the migration reads them as placeholders). */
@IntegrationTest
class AnnotationSchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void columnWidthsAreTheDomainConstants() {
        Map<String, Integer> expected = Map.ofEntries(Map.entry("PREFIX", Anchor.MAX_CONTEXT_COLUMN),
                Map.entry("SUFFIX", Anchor.MAX_CONTEXT_COLUMN),
                Map.entry("SOURCE", AnnotationContent.MAX_SOURCE),
                Map.entry("CUE", AnnotationContent.MAX_CUE),
                Map.entry("NOTE", AnnotationContent.MAX_NOTE),
                Map.entry("EVIDENCE", AnnotationContent.MAX_EVIDENCE_COLUMN),
                Map.entry("STATUS", AnnotationStatus.MAX_LENGTH),
                Map.entry("TAG_KEY", AnnotationContent.MAX_TAG_KEY),
                Map.entry("REVIEW_VERDICT", AnnotationContent.MAX_VERDICT),
                Map.entry("REVIEW_COMMENT", AnnotationContent.MAX_REVIEW_COMMENT),
                Map.entry("REVIEW_REASON", AnnotationContent.MAX_REASON));
        for (String table : new String[] {"ANNOTATION", "ANNOTATION_AUD"}) {
            expected.forEach((column, width) -> assertThat(jdbc.queryForObject(
                    "select character_maximum_length from information_schema.columns where upper(table_name) = ? and upper(column_name) = ?",
                    Integer.class, table, column)).as(table + "." + column).isEqualTo(width));
        }
        assertThat(AnnotationSchema.placeholders()).containsEntry("annotation_note_max", String.valueOf(AnnotationContent.MAX_NOTE));
    }
}
