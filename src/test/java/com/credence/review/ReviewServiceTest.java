package com.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.Concurrently;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationRevision;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.AnnotationStatusChanged;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.QueueFilter;
import com.credence.annotation.QueueItem;
import com.credence.annotation.QueueSort;
import com.credence.annotation.ReviewMove;
import com.credence.annotation.ReviewNotAllowedException;
import com.credence.annotation.StaleAnnotationException;
import com.credence.annotation.TransitionNotAllowedException;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.base.InvalidInputException;
import com.credence.security.Roles;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The review loop against the real database: submit, decide with reasons, return, fix, resubmit, approve. */
@IntegrationTest
@RecordApplicationEvents
class ReviewServiceTest {

    static final String TEXT = "The ministry said 40 people were detained. Rights groups say the number is higher. "
            + "Witnesses described a peaceful crowd.";

    @Autowired
    AnnotationService annotations;
    @Autowired
    ReviewService review;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationEvents events;

    String checker;
    String editor;
    String otherEditor;
    ArticleDetail article;

    @BeforeEach
    void setUp() {
        checker = accounts.create("rv-checker", Roles.FACT_CHECKER).username();
        editor = accounts.create("rv-editor", Roles.EDITOR).username();
        otherEditor = accounts.create("rv-editor2", Roles.EDITOR).username();
        accounts.signInAs(checker);
        article = articleImport.importArticle(new ImportSource.Pasted(TEXT + " " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Detentions " + UUID.randomUUID(), "Review Gazette " + UUID.randomUUID(), null, null, null), false);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private AnnotationView tag(String fragment, String tag) {
        int start = article.text().indexOf(fragment);
        return annotations.create(article.id(), AnnotationDraft.tagging(start, start + fragment.length(), tag));
    }

    private QueueFilter onThisArticle(Set<AnnotationStatus> statuses) {
        return new QueueFilter(statuses, null, null, article.id(), null, null, null, null);
    }

    @Test
    void submitDecideReturnFixResubmitApprove() {
        AnnotationView claim = tag("The ministry said", "attributed");
        AnnotationView dispute = tag("Rights groups say", "contested");
        assertThat(annotations.submitAllMine(article.id())).isEqualTo(2);
        assertThat(annotations.submitAllMine(article.id())).isZero();

        accounts.signInAs(editor);
        assertThat(annotations.queue(onThisArticle(EnumSet.of(AnnotationStatus.SUBMITTED)), QueueSort.WAITING, 0, 10))
                .extracting(i -> i.annotation().id()).containsExactly(claim.id(), dispute.id());
        AnnotationView returned = review.decide(article.id(), claim.id(), null, ReviewMove.REQUEST_CHANGES, "source",
                "Name the ministry's spokesperson.");
        review.decide(article.id(), dispute.id(), null, ReviewMove.APPROVE, null, null);
        assertThat(returned.status()).isEqualTo("CHANGES_REQUESTED");
        assertThat(returned.review().reviewer()).isEqualTo(editor);
        assertThat(returned.review().reason()).isEqualTo("source");
        assertThat(returned.review().comment()).isEqualTo("Name the ministry's spokesperson.");

        accounts.signInAs(checker);
        List<QueueItem> back = annotations.mine(EnumSet.of(AnnotationStatus.CHANGES_REQUESTED, AnnotationStatus.REJECTED), 0, 10);
        assertThat(back).extracting(i -> i.annotation().id()).contains(claim.id());
        assertThat(annotations.myCounts()).containsEntry(AnnotationStatus.CHANGES_REQUESTED, 1L)
                .containsEntry(AnnotationStatus.APPROVED, 1L);
        AnnotationView fixed = annotations.update(claim.id(), returned.version(), new AnnotationDraft(claim.start(), claim.end(),
                "attributed", "Ministry spokesperson", "said", null, List.of(), null));
        AnnotationView again = annotations.submit(article.id(), fixed.id());
        assertThat(again.status()).isEqualTo("SUBMITTED");

        accounts.signInAs(editor);
        AnnotationView approved = review.decide(article.id(), claim.id(), again.version(), ReviewMove.APPROVE, null, null);
        assertThat(approved.status()).isEqualTo("APPROVED");

        // nobody edits or deletes an approved annotation until an editor reopens it
        accounts.signInAs(checker);
        assertThatThrownBy(() -> annotations.update(claim.id(), approved.version(), AnnotationDraft.of(approved).withTag("reported")))
                .isInstanceOf(TransitionNotAllowedException.class).hasMessageContaining("approved");
        assertThatThrownBy(() -> annotations.delete(claim.id(), approved.version())).isInstanceOf(TransitionNotAllowedException.class);
        accounts.signInAs(otherEditor);
        assertThatThrownBy(() -> annotations.update(claim.id(), approved.version(), AnnotationDraft.of(approved).withTag("reported")))
                .isInstanceOf(TransitionNotAllowedException.class);
        AnnotationView reopened = review.decide(article.id(), claim.id(), null, ReviewMove.REOPEN, null, "Second look");
        assertThat(reopened.status()).isEqualTo("SUBMITTED");

        List<AnnotationRevision> history = annotations.history(claim.id());
        assertThat(history).extracting(AnnotationRevision::change).containsExactly("created", "submitted", "changes requested",
                "changed", "resubmitted", "approved", "reopened");
        AnnotationRevision sentBack = history.get(2);
        assertThat(sentBack.username()).isEqualTo(editor);
        assertThat(sentBack.from()).isEqualTo(AnnotationStatus.SUBMITTED);
        assertThat(sentBack.to()).isEqualTo(AnnotationStatus.CHANGES_REQUESTED);
        assertThat(sentBack.state().review().reason()).isEqualTo("source");
        assertThat(sentBack.state().review().comment()).isEqualTo("Name the ministry's spokesperson.");
        assertThat(history.get(6).username()).isEqualTo(otherEditor);
        assertThat(events.stream(AnnotationStatusChanged.class)).contains(new AnnotationStatusChanged(article.id(), claim.id(), editor,
                checker, AnnotationStatus.SUBMITTED, AnnotationStatus.CHANGES_REQUESTED));
    }

    @Test
    void onlyEditorsReviewNeverTheirOwnAndNeverWithoutAReason() {
        AnnotationView mine = tag("Witnesses described", "reported");
        annotations.submit(article.id(), mine.id());
        assertThatThrownBy(() -> review.decide(article.id(), mine.id(), null, ReviewMove.APPROVE, null, null))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(editor);
        AnnotationView editorsOwn = tag("40 people", "reported");
        annotations.submit(article.id(), editorsOwn.id());
        assertThatThrownBy(() -> review.decide(article.id(), editorsOwn.id(), null, ReviewMove.APPROVE, null, null))
                .isInstanceOf(ReviewNotAllowedException.class).hasMessageContaining("own");
        assertThatThrownBy(() -> annotations.submit(article.id(), mine.id())).isInstanceOf(ReviewNotAllowedException.class);
        assertThatThrownBy(() -> review.decide(article.id(), mine.id(), null, ReviewMove.REJECT, null, "no"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> review.decide(article.id(), mine.id(), null, ReviewMove.REJECT, "made-up", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not one of the reasons");
        assertThatThrownBy(() -> review.decide(article.id(), mine.id(), null, ReviewMove.SUBMIT, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> review.decide(article.id(), mine.id(), null, ReviewMove.REOPEN, null, null))
                .isInstanceOf(TransitionNotAllowedException.class);
        assertThat(annotations.get(mine.id()).status()).isEqualTo("SUBMITTED");

        AnnotationView rejected = review.decide(article.id(), mine.id(), null, ReviewMove.REJECT, "not-a-claim", null);
        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThatThrownBy(() -> review.decide(article.id(), mine.id(), null, ReviewMove.APPROVE, null, null))
                .isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void aDecisionOnAVersionTheEditorDidNotSeeIsAConflict() {
        AnnotationView a = tag("Rights groups", "contested");
        AnnotationView submitted = annotations.submit(article.id(), a.id());
        AnnotationView amended = annotations.update(a.id(), submitted.version(), new AnnotationDraft(a.start(), a.end(), "contested",
                "Rights groups", null, "Added after submitting", List.of(), null));
        accounts.signInAs(editor);
        assertThatThrownBy(() -> review.decide(article.id(), a.id(), submitted.version(), ReviewMove.APPROVE, null, null))
                .isInstanceOf(StaleAnnotationException.class);
        assertThat(review.decide(article.id(), a.id(), amended.version(), ReviewMove.APPROVE, null, null).status()).isEqualTo("APPROVED");
    }

    @Test
    void twoEditorsDecidingAtOnceMakeOneDecisionAndTheOtherIsToldSo() throws Exception {
        AnnotationView a = tag("The ministry", "attributed");
        annotations.submit(article.id(), a.id());
        List<String> outcomes = Concurrently.atOnce(2, i -> () -> {
            accounts.signInAs(i == 0 ? editor : otherEditor);
            try {
                review.decide(article.id(), a.id(), null, i == 0 ? ReviewMove.APPROVE : ReviewMove.REJECT, "other", null);
                return "decided";
            } catch (RuntimeException e) {
                return "refused";
            } finally {
                TestAccounts.signOut();
            }
        });
        assertThat(outcomes).containsExactlyInAnyOrder("decided", "refused");
        accounts.signInAs(checker);
        assertThat(annotations.get(a.id()).status()).isIn("APPROVED", "REJECTED");
        assertThat(annotations.history(a.id())).extracting(AnnotationRevision::change).hasSize(3);
    }

    @Test
    void theQueueFiltersSortsAndCountsInTheDatabase() {
        AnnotationView withEvidence = annotations.create(article.id(), new AnnotationDraft(0, 12, "attributed", null, null, null,
                List.of("https://example.org/statement"), null));
        AnnotationView plain = tag("Rights groups say", "contested");
        tag("Witnesses", "reported"); // stays a draft
        annotations.submit(article.id(), withEvidence.id());
        annotations.submit(article.id(), plain.id());

        accounts.signInAs(editor);
        QueueFilter waiting = onThisArticle(EnumSet.of(AnnotationStatus.SUBMITTED));
        assertThat(annotations.queueSize(waiting)).isEqualTo(2);
        assertThat(annotations.queue(waiting, QueueSort.NEWEST, 0, 10)).extracting(i -> i.annotation().id())
                .containsExactly(plain.id(), withEvidence.id());
        assertThat(annotations.queue(waiting, QueueSort.WAITING, 1, 1)).extracting(i -> i.annotation().id())
                .containsExactly(plain.id());
        QueueItem first = annotations.queue(waiting, QueueSort.WAITING, 0, 1).getFirst();
        assertThat(first.articleTitle()).isEqualTo(article.title());
        assertThat(first.outlet()).isEqualTo(article.outlet());

        assertThat(annotations.queue(new QueueFilter(EnumSet.of(AnnotationStatus.SUBMITTED), "contested", null, article.id(), null, null,
                null, null), QueueSort.WAITING, 0, 10)).extracting(i -> i.annotation().id()).containsExactly(plain.id());
        assertThat(annotations.queue(new QueueFilter(EnumSet.of(AnnotationStatus.SUBMITTED), null, checker, null, article.outlet(), null,
                null, true), QueueSort.WAITING, 0, 10)).extracting(i -> i.annotation().id()).containsExactly(withEvidence.id());
        assertThat(annotations.queueSize(new QueueFilter(EnumSet.of(AnnotationStatus.SUBMITTED), null, null, article.id(), null, null,
                null, false))).isEqualTo(1);
        java.time.Instant now = java.time.Instant.now();
        assertThat(annotations.queueSize(new QueueFilter(EnumSet.of(AnnotationStatus.SUBMITTED), null, null, article.id(), null,
                now.minusSeconds(3600), now.plusSeconds(3600), null))).isEqualTo(2);
        assertThat(annotations.queueSize(new QueueFilter(EnumSet.of(AnnotationStatus.SUBMITTED), null, null, article.id(), null,
                now.plusSeconds(3600), null, null))).isZero();

        Map<AnnotationStatus, Long> counts = annotations.queueCounts(waiting);
        assertThat(counts).containsEntry(AnnotationStatus.SUBMITTED, 2L).containsEntry(AnnotationStatus.DRAFT, 1L)
                .containsEntry(AnnotationStatus.APPROVED, 0L);

        accounts.signInAs(checker);
        assertThatThrownBy(() -> annotations.queue(waiting, QueueSort.WAITING, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.queueCounts(waiting)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editorsMaintainTheReasons() {
        accounts.signInAs(editor);
        String code = "rumour-" + UUID.randomUUID().toString().substring(0, 6);
        review.addReason(code, "Only a rumour");
        assertThat(review.activeReasons()).extracting(ReviewReason::code).contains(code, "wrong-tag", "source", "evidence",
                "not-a-claim", "duplicate", "other");
        assertThatThrownBy(() -> review.addReason(code, "Again")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> review.addReason("Bad Code!", "x")).isInstanceOf(InvalidInputException.class);
        review.setRetired(code, true);
        assertThat(review.activeReasons()).extracting(ReviewReason::code).doesNotContain(code);
        assertThat(review.label(code)).isEqualTo("Only a rumour");

        accounts.signInAs(checker);
        assertThatThrownBy(() -> review.addReason("sneaky", "Sneaky")).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Map<AnnotationStatus, Long> counted() {
        Map<AnnotationStatus, Long> counts = new java.util.EnumMap<>(AnnotationStatus.class);
        for (AnnotationStatus s : AnnotationStatus.values()) {
            counts.put(s, jdbc.queryForObject("select count(*) from annotation where tombstone = 0 and status = ?", Long.class, s.name()));
        }
        return counts;
    }

    @Test
    void theTotalsKeptWithEveryChangeEqualACountOfTheRows() {
        AnnotationView a = tag("The ministry", "attributed");
        AnnotationView b = tag("Rights groups", "contested");
        AnnotationView c = tag("Witnesses", "reported");
        annotations.submit(article.id(), a.id());
        annotations.submit(article.id(), b.id());
        annotations.delete(c.id(), c.version());
        annotations.restore(article.id(), c.id());
        accounts.signInAs(editor);
        review.decide(article.id(), a.id(), null, ReviewMove.APPROVE, null, null);
        review.decide(article.id(), b.id(), null, ReviewMove.REJECT, "duplicate", null);
        review.decide(article.id(), a.id(), null, ReviewMove.REOPEN, null, null);
        review.decide(article.id(), a.id(), null, ReviewMove.REQUEST_CHANGES, "evidence", null);
        accounts.signInAs(checker);
        annotations.delete(c.id(), annotations.get(c.id()).version());

        accounts.signInAs(editor);
        assertThat(annotations.queueCounts(QueueFilter.waiting())).isEqualTo(counted());
    }
}
