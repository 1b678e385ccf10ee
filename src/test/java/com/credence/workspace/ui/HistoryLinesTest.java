package com.credence.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.annotation.AnnotationRevision;
import com.credence.annotation.AnnotationView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** History reads as what changed, field by field; one person's saves within a minute read as one change. */
class HistoryLinesTest {

    static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

    static AnnotationView state(String tag, String note, List<String> evidence, long version) {
        return new AnnotationView(1, 2, 0, 10, "The mayor", "", "", tag, null, null, note, evidence, null, "DRAFT", "casey", T, T, version,
                null, null);
    }

    static AnnotationRevision rev(long n, int seconds, String who, String change, AnnotationView state) {
        return new AnnotationRevision(n, T.plusSeconds(seconds), who, change, state, null, null);
    }

    @Test
    void changesAreListedFieldByFieldAndABurstOfSavesIsOne() {
        List<AnnotationRevision> history = List.of(
                rev(1, 0, "casey", "created", state("reported", null, List.of(), 0)),
                rev(2, 10, "casey", "changed", state("reported", "Check", List.of(), 1)),
                rev(3, 30, "casey", "changed", state("reported", "Checked the minutes", List.of(), 2)),
                rev(4, 50, "casey", "changed", state("attributed", "Checked the minutes", List.of("https://example.org/m"), 3)),
                // a minute and more later: a change of its own
                rev(5, 200, "casey", "changed", state("attributed", "Checked the minutes twice", List.of("https://example.org/m"), 4)),
                // someone else right after: a change of their own
                rev(6, 210, "eden", "changed", state("contested", "Checked the minutes twice", List.of("https://example.org/m"), 5)));
        List<HistoryLines.Line> lines = HistoryLines.of(history, key -> key.substring(0, 1).toUpperCase() + key.substring(1));
        assertThat(lines).extracting(HistoryLines.Line::change).containsExactly("created", "changed", "changed", "changed");
        assertThat(lines.get(1).changes()).containsExactly("tag: Reported → Attributed", "note: (empty) → “Checked the minutes”",
                "evidence: none → https://example.org/m");
        assertThat(lines.get(1).when()).isEqualTo(T.plusSeconds(50));
        assertThat(lines.get(2).changes()).containsExactly("note: “Checked the minutes” → “Checked the minutes twice”");
        assertThat(lines.get(3).who()).isEqualTo("eden");
        assertThat(lines.get(3).changes()).containsExactly("tag: Attributed → Contested");
    }

    @Test
    void aMergeOfTwoSourcesShowsAsAChangeOfTheSourceEntry() {
        AnnotationView before = new AnnotationView(1, 2, 0, 10, "The mayor", "", "", "attributed", "MoD", 4L, null, null, List.of(), null,
                "APPROVED", "casey", T, T, 3, null, null);
        AnnotationView after = new AnnotationView(1, 2, 0, 10, "The mayor", "", "", "attributed", "MoD", 9L, null, null, List.of(), null,
                "APPROVED", "casey", T, T, 4, null, null);
        List<HistoryLines.Line> lines = HistoryLines.of(List.of(rev(1, 0, "casey", "created", before), rev(2, 600, "eden", "changed", after)),
                key -> key);
        assertThat(lines.get(1).changes()).containsExactly("source entry: source 4 → source 9");
    }
}
