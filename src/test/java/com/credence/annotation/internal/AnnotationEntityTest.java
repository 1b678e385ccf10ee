package com.credence.annotation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.annotation.Anchor;
import com.credence.annotation.AnnotationContent;
import com.credence.annotation.AnnotationStatus;
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

    @Test
    void theStatusMovesOnlyAsTheTableSays() {
        Annotation a = annotation(1);
        assertThat(a.getStatus()).isEqualTo(AnnotationStatus.DRAFT);
        assertThatThrownBy(() -> a.moveTo(AnnotationStatus.DRAFT, T1)).isInstanceOf(TransitionNotAllowedException.class);
        assertThat(a.getUpdatedAt()).isEqualTo(T0);
    }

    @Test
    void aNewAnnotationCannotBeDeletedOrRestored() {
        Annotation a = annotation(1);
        assertThat(a.isDeleted()).isFalse();
        assertThatThrownBy(() -> a.delete(T1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> a.restore(T1)).isInstanceOf(IllegalStateException.class);
    }
}
