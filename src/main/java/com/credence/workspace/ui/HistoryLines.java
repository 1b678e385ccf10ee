package com.credence.workspace.ui;

import com.credence.annotation.AnnotationRevision;
import com.credence.annotation.AnnotationView;
import com.credence.base.Inputs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An annotation's history as people read it: each change says which fields changed, from what to
 * what; saves of one person following each other within a minute read as one change (the form saves
 * field by field as one types, and ten entries for one sentence of a note help nobody).
 */
final class HistoryLines {

    static final Duration MERGE_WITHIN = Duration.ofMinutes(1);

    /** One line: the (last) revision it stands for, and for a change the fields that changed. */
    record Line(AnnotationRevision revision, List<String> changes) {

        Instant when() {
            return revision.when();
        }

        @Nullable String who() {
            return revision.username();
        }

        String change() {
            return revision.change();
        }
    }

    private HistoryLines() {
    }

    static List<Line> of(List<AnnotationRevision> history, Function<String, String> tagName) {
        List<Line> lines = new ArrayList<>();
        AnnotationView before = null;
        AnnotationView mergedFrom = null;
        for (AnnotationRevision r : history) {
            AnnotationView now = r.state();
            if ("changed".equals(r.change()) && before != null && now != null) {
                Line last = lines.isEmpty() ? null : lines.getLast();
                boolean merge = last != null && "changed".equals(last.change()) && Objects.equals(last.who(), r.username())
                        && Duration.between(last.when(), r.when()).compareTo(MERGE_WITHIN) <= 0 && mergedFrom != null;
                AnnotationView from = merge ? mergedFrom : before;
                List<String> diff = diff(from, now, tagName);
                if (merge) {
                    lines.set(lines.size() - 1, new Line(r, diff));
                } else {
                    mergedFrom = before;
                    lines.add(new Line(r, diff));
                }
            } else {
                mergedFrom = null;
                lines.add(new Line(r, List.of()));
            }
            if (now != null) {
                before = now;
            }
        }
        return lines;
    }

    private static String entry(@Nullable Long id) {
        return id == null ? "none" : "source " + id;
    }

    /** The fields that differ, as "note: “old” → “new”". */
    static List<String> diff(AnnotationView a, AnnotationView b, Function<String, String> tagName) {
        List<String> out = new ArrayList<>();
        if (!a.tag().equals(b.tag())) {
            out.add("tag: " + tagName.apply(a.tag()) + " → " + tagName.apply(b.tag()));
        }
        if (a.start() != b.start() || a.end() != b.end()) {
            out.add("span: " + quoted(a.quote()) + " → " + quoted(b.quote()));
        }
        field(out, "source", a.source(), b.source());
        if (!Objects.equals(a.sourceId(), b.sourceId())) { // a merge of two ledger entries, or the name now linked elsewhere
            out.add("source entry: " + entry(a.sourceId()) + " → " + entry(b.sourceId()));
        }
        field(out, "cue", a.cue(), b.cue());
        field(out, "note", a.note(), b.note());
        if (!a.evidence().equals(b.evidence())) {
            out.add("evidence: " + (a.evidence().isEmpty() ? "none" : String.join(", ", a.evidence())) + " → "
                    + (b.evidence().isEmpty() ? "none" : String.join(", ", b.evidence())));
        }
        if (!Objects.equals(a.conflictsWith(), b.conflictsWith())) {
            out.add("conflicts with: " + (a.conflictsWith() == null ? "none" : "#" + a.conflictsWith()) + " → "
                    + (b.conflictsWith() == null ? "none" : "#" + b.conflictsWith()));
        }
        return out;
    }

    private static void field(List<String> out, String name, @Nullable String a, @Nullable String b) {
        if (!Objects.equals(a, b)) {
            out.add(name + ": " + quoted(a) + " → " + quoted(b));
        }
    }

    private static String quoted(@Nullable String s) {
        return s == null || s.isEmpty() ? "(empty)" : "“" + Inputs.abbreviate(s, 80) + "”";
    }
}
