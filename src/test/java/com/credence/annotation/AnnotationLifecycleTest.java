package com.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.Concurrently;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.Roles;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Delete and restore, audited link clearing, and one annotation per author, span and tag. */
@IntegrationTest
@RecordApplicationEvents
class AnnotationLifecycleTest {

    static final String TEXT = "The minister said the plan was legal. Critics called it “illegal” and vowed to fight. "
            + "Officials declined to comment.";

    @Autowired
    AnnotationService annotations;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationEvents events;

    String checker;
    ArticleDetail article;

    @BeforeEach
    void setUp() {
        checker = accounts.create("lifecycle", Roles.FACT_CHECKER).username();
        accounts.signInAs(checker);
        article = articleImport.importArticle(new ImportSource.Pasted(TEXT + " " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Lifecycle", null, null, null, null), false);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private AnnotationView tag(String fragment, String tag) {
        int start = article.text().indexOf(fragment);
        return annotations.create(article.id(), AnnotationDraft.tagging(start, start + fragment.length(), tag));
    }

    private AnnotationView conflicting(AnnotationView a, AnnotationView other) {
        AnnotationDraft d = AnnotationDraft.of(a);
        return annotations.update(a.id(), a.version(),
                new AnnotationDraft(d.start(), d.end(), d.tag(), d.source(), d.cue(), d.note(), d.evidence(), other.id()));
    }

    @Test
    void restoreBringsBackTheSameAnnotationWithItsLinksAndARestoredHistoryEntry() {
        AnnotationView claim = tag("the plan was legal", "attributed");
        AnnotationView dispute = conflicting(tag("“illegal”", "contested"), claim);
        AnnotationView described = annotations.update(claim.id(), claim.version(), new AnnotationDraft(claim.start(), claim.end(),
                "attributed", "The minister", "said", "Checked the transcript", List.of("https://example.org/t"), null));

        String editor = accounts.create("undoer", Roles.EDITOR).username();
        accounts.signInAs(editor);
        annotations.delete(described.id(), described.version());
        assertThat(annotations.forArticle(article.id())).extracting(AnnotationView::id).containsExactly(dispute.id());
        assertThatThrownBy(() -> annotations.get(claim.id())).isInstanceOf(NotFoundException.class);

        AnnotationView back = annotations.restore(article.id(), claim.id());

        assertThat(back.id()).isEqualTo(claim.id());
        assertThat(back.author()).isEqualTo(checker);
        assertThat(back.createdAt()).isEqualTo(claim.createdAt());
        assertThat(back.source()).isEqualTo("The minister");
        assertThat(back.note()).isEqualTo("Checked the transcript");
        assertThat(back.evidence()).containsExactly("https://example.org/t");
        assertThat(annotations.get(dispute.id()).conflictsWith()).isEqualTo(claim.id());
        assertThat(annotations.forArticle(article.id())).extracting(AnnotationView::id).contains(claim.id(), dispute.id());
        assertThat(annotations.history(claim.id())).extracting(AnnotationRevision::change)
                .containsExactly("created", "changed", "deleted", "restored");
        assertThat(annotations.history(claim.id()).getLast().username()).isEqualTo(editor);
        assertThat(events.stream(AnnotationRestored.class)).contains(new AnnotationRestored(article.id(), claim.id(), editor));
    }

    @Test
    void restoringWhatIsNotDeletedOrNeverExistedIsRefusedAndChangesNothing() {
        AnnotationView a = tag("Officials declined", "reported");
        assertThatThrownBy(() -> annotations.restore(article.id(), a.id())).isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("not deleted");
        assertThatThrownBy(() -> annotations.restore(article.id(), 987_654_321L)).isInstanceOf(NotFoundException.class);
        assertThat(annotations.get(a.id()).version()).isEqualTo(a.version());
        assertThat(annotations.history(a.id())).hasSize(1);
    }

    @Test
    void restoringIsRefusedWhenItsAuthorMadeTheSameAnnotationAgain() {
        AnnotationView a = tag("Officials declined", "reported");
        annotations.delete(a.id(), a.version());
        AnnotationView again = tag("Officials declined", "reported");
        assertThat(again.id()).isNotEqualTo(a.id());
        assertThatThrownBy(() -> annotations.restore(article.id(), a.id())).isInstanceOf(RestoreRefusedException.class);
        assertThat(annotations.forArticle(article.id())).extracting(AnnotationView::id).containsExactly(again.id());
    }

    @Test
    void deletingClearsTheLinksToItThroughTheEntityAuditedAsTheDeletersChange() {
        AnnotationView claim = tag("the plan was legal", "attributed");
        AnnotationView dispute = conflicting(tag("“illegal”", "contested"), claim);
        String editor = accounts.create("deleter", Roles.EDITOR).username();
        accounts.signInAs(editor);

        annotations.delete(claim.id(), claim.version());

        AnnotationView after = annotations.get(dispute.id());
        assertThat(after.conflictsWith()).isNull();
        assertThat(after.version()).isEqualTo(dispute.version() + 1);
        List<AnnotationRevision> history = annotations.history(dispute.id());
        assertThat(history.getLast().change()).isEqualTo("changed");
        assertThat(history.getLast().username()).isEqualTo(editor);
        assertThat(history.getLast().state().conflictsWith()).isNull();
        assertThat(events.stream(AnnotationChanged.class)).contains(new AnnotationChanged(article.id(), dispute.id(), editor));
        assertThat(events.stream(AnnotationDeleted.class)).contains(new AnnotationDeleted(article.id(), claim.id(), editor));
    }

    @Test
    void aLinkChangedSinceTheDeletionIsNotOverwrittenByRestore() {
        AnnotationView claim = tag("the plan was legal", "attributed");
        AnnotationView other = tag("Officials declined", "reported");
        AnnotationView dispute = conflicting(tag("“illegal”", "contested"), claim);
        annotations.delete(claim.id(), claim.version());
        AnnotationView relinked = conflicting(annotations.get(dispute.id()), other);

        annotations.restore(article.id(), claim.id());

        assertThat(annotations.get(dispute.id()).conflictsWith()).isEqualTo(other.id());
        assertThat(annotations.get(dispute.id()).version()).isEqualTo(relinked.version());
    }

    @Test
    void theSameAuthorSpanAndTagTwiceIsOneAnnotation() {
        int start = article.text().indexOf("Critics");
        AnnotationDraft draft = AnnotationDraft.tagging(start, start + 7, "contested");
        AnnotationService.Creation first = annotations.createOrFind(article.id(), draft);
        AnnotationService.Creation second = annotations.createOrFind(article.id(), draft);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.annotation().id()).isEqualTo(first.annotation().id());

        // another tag on the same span, and the same tag by someone else, are annotations of their own
        assertThat(annotations.createOrFind(article.id(), draft.withTag("reported")).created()).isTrue();
        accounts.signInAs(accounts.create("colleague", Roles.FACT_CHECKER).username());
        assertThat(annotations.createOrFind(article.id(), draft).created()).isTrue();
        assertThat(annotations.forArticle(article.id())).hasSize(3);
    }

    @Test
    void retaggingIntoAnIdenticalAnnotationIsRefused() {
        AnnotationView reported = tag("Critics", "reported");
        AnnotationView contested = tag("Critics", "contested");
        assertThatThrownBy(() -> annotations.update(contested.id(), contested.version(), AnnotationDraft.of(contested).withTag("reported")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThat(annotations.get(contested.id()).tag()).isEqualTo("contested");
        assertThat(annotations.get(reported.id()).version()).isEqualTo(reported.version());
    }

    @Test
    void twoRacingRequestsForTheSameAnnotationMakeOne() throws Exception {
        int start = article.text().indexOf("vowed to fight");
        AnnotationDraft draft = AnnotationDraft.tagging(start, start + 14, "reported");
        List<AnnotationService.Creation> creations = Concurrently.atOnce(6, i -> () -> {
            accounts.signInAs(checker);
            try {
                return annotations.createOrFind(article.id(), draft);
            } finally {
                TestAccounts.signOut();
            }
        });
        assertThat(creations).filteredOn(AnnotationService.Creation::created).hasSize(1);
        assertThat(creations).extracting(c -> c.annotation().id()).containsOnly(creations.getFirst().annotation().id());
        assertThat(annotations.forArticle(article.id())).hasSize(1);
    }
}
