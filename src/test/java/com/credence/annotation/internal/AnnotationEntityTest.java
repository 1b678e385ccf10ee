package com.credence.annotation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.annotation.Anchor;
import com.credence.annotation.AnnotationContent;
import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.ReviewMove;
import com.credence.annotation.ReviewNotAllowedException;
import com.credence.annotation.ReviewOutcome;
import com.credence.annotation.TransitionNotAllowedException;
import com.credence.base.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity changes only through its intentions, and refuses what the domain does not allow. */
class AnnotationEntityTest {

    static final String TEXT = "One claim here. Another claim there.";
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = T0.plusSeconds(60);

    private static Annotation annotation(long articleId) {
        return Annotation.tag(articleId, "casey", Anchor.in(TEXT, 0, 15),
                AnnotationContent.of("reported", null, null, null, List.of()), T0);
    }

    @Test
    void describingChangesContentAndTimeOnlyWhenSomethingChanged() {
        Annotation a = annotation(1);
        a.describe(AnnotationContent.of("reported", null, null, null, List.of()), T1);
        assertThat(a.getUpdatedAt()).isEqualTo(T0);
        a.retag("contested", T1);
        assertThat(a.content().tag()).isEqualTo("contested");
        assertThat(a.getUpdatedAt()).isEqualTo(T1);
        a.reanchor(Anchor.in(TEXT, 16, TEXT.length()), T1);
        assertThat(a.anchor().quote()).isEqualTo("Another claim there.");
    }

    @Test
    void aConflictMustBeAnotherLiveAnnotationOnTheSameArticle() {
        Annotation a = annotation(1);
        assertThatThrownBy(() -> a.conflictWith(a, T1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> a.conflictWith(annotation(2), T1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("another article");
        a.conflictWith(null, T1);
        assertThat(a.getConflictsWith()).isNull();
    }

    /** Who acts: a name, whether they may review (editor or admin), and whether four eyes apply. */
    record Actor(String name, boolean mayReview, boolean fourEyes) {
    }

    static final List<Actor> ACTORS = List.of(
            new Actor("casey", false, true),          // the author, a fact-checker
            new Actor("robin", false, true),          // another fact-checker
            new Actor("eden", true, true),            // an editor (or admin), not the author
            new Actor("casey", true, true),           // the author as an editor, four eyes on
            new Actor("casey", true, false));         // the author as an editor, four eyes off

    /** An annotation by casey in the given status, reached through the table's own moves. */
    private static Annotation in(AnnotationStatus status) {
        Annotation a = annotation(1);
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> a.move(ReviewMove.SUBMIT, "casey", false, true, null, null, T1);
            case APPROVED, REJECTED, CHANGES_REQUESTED -> {
                a.move(ReviewMove.SUBMIT, "casey", false, true, null, null, T1);
                ReviewMove decision = status == AnnotationStatus.APPROVED ? ReviewMove.APPROVE
                        : status == AnnotationStatus.REJECTED ? ReviewMove.REJECT : ReviewMove.REQUEST_CHANGES;
                a.move(decision, "eden", true, true, "other", null, T1);
            }
        }
        assertThat(a.getStatus()).isEqualTo(status);
        return a;
    }

    @Test
    void everyMoveFromEveryStatusByEveryRoleIsAllowedOnlyAsTheTableSays() {
        for (ReviewMove move : ReviewMove.values()) {
            for (AnnotationStatus from : AnnotationStatus.values()) {
                for (Actor actor : ACTORS) {
                    Annotation a = in(from);
                    String what = move + " from " + from + " by " + actor;
                    boolean roleOk = move.actor() == ReviewMove.Actor.AUTHOR ? actor.name().equals("casey")
                            : actor.mayReview() && !(actor.fourEyes() && actor.name().equals("casey"));
                    Runnable attempt = () -> a.move(move, actor.name(), actor.mayReview(), actor.fourEyes(), "wrong-tag", "why", T1.plusSeconds(5));
                    if (!roleOk) {
                        assertThatThrownBy(attempt::run).as(what).isInstanceOf(ReviewNotAllowedException.class);
                        assertThat(a.getStatus()).as(what).isEqualTo(from);
                    } else if (!move.from().contains(from)) {
                        assertThatThrownBy(attempt::run).as(what).isInstanceOf(TransitionNotAllowedException.class);
                        assertThat(a.getStatus()).as(what).isEqualTo(from);
                    } else {
                        attempt.run();
                        assertThat(a.getStatus()).as(what).isEqualTo(move.to());
                        if (move.actor() == ReviewMove.Actor.REVIEWER) {
                            assertThat(a.review()).isEqualTo(new ReviewOutcome(actor.name(), move, "wrong-tag", "why", T1.plusSeconds(5)));
                        }
                    }
                }
            }
        }
    }

    @Test
    void sendingBackOrRefusingNeedsAReason() {
        Annotation a = in(AnnotationStatus.SUBMITTED);
        assertThatThrownBy(() -> a.move(ReviewMove.REJECT, "eden", true, true, " ", null, T1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> a.move(ReviewMove.REQUEST_CHANGES, "eden", true, true, null, "fix it", T1))
                .isInstanceOf(InvalidInputException.class);
        assertThat(a.getStatus()).isEqualTo(AnnotationStatus.SUBMITTED);
        a.move(ReviewMove.APPROVE, "eden", true, true, null, null, T1);
        assertThat(a.review().reason()).isNull();
    }

    @Test
    void approvedAndRejectedAnnotationsCannotBeChangedOrDeletedUntilReopened() {
        for (AnnotationStatus status : List.of(AnnotationStatus.APPROVED, AnnotationStatus.REJECTED)) {
            Annotation a = in(status);
            assertThatThrownBy(() -> a.retag("contested", T1)).isInstanceOf(TransitionNotAllowedException.class);
            assertThatThrownBy(() -> a.reanchor(Anchor.in(TEXT, 16, 23), T1)).isInstanceOf(TransitionNotAllowedException.class);
            assertThatThrownBy(() -> a.conflictWith(null, T1)).isInstanceOf(TransitionNotAllowedException.class);
            assertThatThrownBy(() -> a.delete(T1)).isInstanceOf(TransitionNotAllowedException.class);
            a.move(ReviewMove.REOPEN, "eden", true, true, null, "look again", T1);
            a.retag("contested", T1);
            assertThat(a.content().tag()).isEqualTo("contested");
        }
        Annotation returned = in(AnnotationStatus.CHANGES_REQUESTED);
        returned.retag("attributed", T1);
        returned.move(ReviewMove.SUBMIT, "casey", false, true, null, null, T1);
        assertThat(returned.getStatus()).isEqualTo(AnnotationStatus.SUBMITTED);
        assertThat(returned.getSubmittedAt()).isEqualTo(T1);
    }

    @Test
    void aVerdictGoesWithAnApprovalOnlyAndIsOneShortLine() {
        Annotation a = in(AnnotationStatus.SUBMITTED);
        assertThatThrownBy(() -> a.move(ReviewMove.REJECT, "eden", true, true, "other", null, "False", T1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("approval");
        assertThatThrownBy(() -> a.move(ReviewMove.APPROVE, "eden", true, true, null, null, "x".repeat(61), T1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("short line");
        assertThat(a.getStatus()).isEqualTo(AnnotationStatus.SUBMITTED);
        a.move(ReviewMove.APPROVE, "eden", true, true, null, null, "  Mostly   false ", T1);
        assertThat(a.review().verdict()).isEqualTo("Mostly false");
        a.move(ReviewMove.REOPEN, "eden", true, true, null, null, T1);
        assertThat(a.review().verdict()).isNull();
    }

    @Test
    void aNewAnnotationCannotBeDeletedOrRestored() {
        Annotation a = annotation(1);
        assertThat(a.isDeleted()).isFalse();
        assertThatThrownBy(() -> a.delete(T1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> a.restore(T1)).isInstanceOf(IllegalStateException.class);
    }
}
