package com.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.base.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value objects and the status table check themselves, without a database. */
class AnnotationDomainTest {

    static final String TEXT = "Lead-in text. The mayor said 😀 “no”.";

    @Test
    void anAnchorTakesItsQuoteAndContextFromTheText() {
        int start = TEXT.indexOf("The mayor");
        Anchor a = Anchor.in(TEXT, start, TEXT.length());
        assertThat(a.quote()).isEqualTo("The mayor said 😀 “no”.");
        assertThat(a.prefix()).isEqualTo("Lead-in text. ");
        assertThat(a.suffix()).isEmpty();
        assertThat(a.sameSpan(Anchor.in(TEXT, start, TEXT.length()))).isTrue();
    }

    @Test
    void anAnchorRefusesSpansOutsideTheTextBlankOrCuttingACharacter() {
        int emoji = TEXT.indexOf("😀");
        assertThatThrownBy(() -> Anchor.in(TEXT, -1, 3)).isInstanceOf(InvalidInputException.class).hasMessageContaining("not inside");
        assertThatThrownBy(() -> Anchor.in(TEXT, 3, 3)).isInstanceOf(InvalidInputException.class).hasMessageContaining("not inside");
        assertThatThrownBy(() -> Anchor.in(TEXT, 0, TEXT.length() + 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Anchor.in(TEXT, 13, 14)).isInstanceOf(InvalidInputException.class).hasMessageContaining("white space");
        assertThatThrownBy(() -> Anchor.in(TEXT, emoji + 1, emoji + 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("in half");
        assertThatThrownBy(() -> new Anchor(0, 4, "abc", "", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contextNeverCutsASurrogatePair() {
        String text = "😀".repeat(20) + "word";
        int start = text.indexOf("word");
        Anchor a = Anchor.in(text, start, start + 4);
        assertThat(a.prefix()).hasSize(Anchor.CONTEXT).startsWith("😀");
        String odd = "x" + "😀".repeat(20) + "word";
        Anchor b = Anchor.in(odd, odd.indexOf("word"), odd.length());
        assertThat(Character.isLowSurrogate(b.prefix().charAt(0))).isFalse();
    }

    @Test
    void contentIsCleanedAndBoundedByItsConstants() {
        AnnotationContent c = AnnotationContent.of(" attributed ", "  The   mayor ", "said", "  why  ",
                Arrays.asList("https://example.org/a", " ", "https://example.org/a"));
        assertThat(c).isEqualTo(new AnnotationContent("attributed", "The mayor", "said", "why", List.of("https://example.org/a")));
        assertThatThrownBy(() -> AnnotationContent.of("t", null, null, null, Arrays.asList("https://example.org/a", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> AnnotationContent.of("t", "x".repeat(AnnotationContent.MAX_SOURCE + 1), null, null, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> AnnotationContent.of("t", null, "x".repeat(AnnotationContent.MAX_CUE + 1), null, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cue");
        assertThatThrownBy(() -> AnnotationContent.of("t", null, null, "x".repeat(AnnotationContent.MAX_NOTE + 1), List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("note");
        List<String> many = java.util.stream.IntStream.rangeClosed(0, AnnotationContent.MAX_EVIDENCE_LINKS)
                .mapToObj(i -> "https://example.org/" + i).toList();
        assertThatThrownBy(() -> AnnotationContent.of("t", null, null, null, many)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("evidence");
        assertThatThrownBy(() -> AnnotationContent.of(" ", null, null, null, List.of())).isInstanceOf(InvalidInputException.class);
        assertThat(AnnotationContent.MAX_EVIDENCE_COLUMN).isGreaterThanOrEqualTo(
                AnnotationContent.MAX_EVIDENCE_LINKS * com.credence.base.Inputs.MAX_WEB_ADDRESS + AnnotationContent.MAX_EVIDENCE_LINKS - 1);
    }

    @Test
    void theStatusTableIsExactlyTheReviewWorkflow() {
        Map<AnnotationStatus, Set<AnnotationStatus>> expected = Map.of(
                AnnotationStatus.DRAFT, Set.of(AnnotationStatus.SUBMITTED),
                AnnotationStatus.SUBMITTED, Set.of(AnnotationStatus.APPROVED, AnnotationStatus.REJECTED, AnnotationStatus.CHANGES_REQUESTED),
                AnnotationStatus.CHANGES_REQUESTED, Set.of(AnnotationStatus.SUBMITTED),
                AnnotationStatus.APPROVED, Set.of(AnnotationStatus.SUBMITTED),
                AnnotationStatus.REJECTED, Set.of(AnnotationStatus.SUBMITTED));
        for (AnnotationStatus from : AnnotationStatus.values()) {
            for (AnnotationStatus to : AnnotationStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected.get(from).contains(to));
                assertThat(ReviewMove.between(from, to).isPresent()).as(from + " -> " + to).isEqualTo(expected.get(from).contains(to));
            }
        }
        assertThat(AnnotationStatus.APPROVED.editable()).isFalse();
        assertThat(AnnotationStatus.REJECTED.editable()).isFalse();
        assertThat(AnnotationStatus.SUBMITTED.editable()).isTrue();
        assertThat(Arrays.stream(AnnotationStatus.values()).mapToInt(s -> s.name().length()).max().orElseThrow())
                .isLessThanOrEqualTo(AnnotationStatus.MAX_LENGTH);
        assertThat(Arrays.stream(ReviewMove.values()).mapToInt(s -> s.name().length()).max().orElseThrow())
                .isLessThanOrEqualTo(AnnotationStatus.MAX_LENGTH);
    }
}
