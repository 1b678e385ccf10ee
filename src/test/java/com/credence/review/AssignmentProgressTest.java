package com.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.ReviewMove;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ArticleProgress;
import com.credence.article.ArticleService;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.base.InvalidInputException;
import com.credence.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Editors assign articles; each article's progress follows its annotations and assignments. */
@IntegrationTest
class AssignmentProgressTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ReviewService review;
    @Autowired
    ArticleService articles;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ProgressKeeper keeper;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private ArticleDetail article(String title) {
        return articleImport.importArticle(new ImportSource.Pasted("Officials said the port reopens. " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata(title, null, null, null, null), false);
    }

    private void awaitProgress(long articleId, ArticleProgress expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (articles.summary(articleId).progress() != expected) {
            if (Instant.now().isAfter(deadline)) {
                assertThat(articles.summary(articleId).progress()).isEqualTo(expected);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Forty keys on one article at once, from eight people: the progress that stays is the one of all forty. */
    @Test
    void aBurstOfChangesOnOneArticleEndsInTheProgressOfAllOfThem() throws Exception {
        String editor = accounts.create("burst-editor", Roles.EDITOR).username();
        accounts.signInAs(editor);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("Sentence ").append(i).append(" says something. ");
        }
        ArticleDetail a = articleImport.importArticle(new ImportSource.Pasted(text.toString() + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Burst " + UUID.randomUUID(), null, null, null, null), false);
        List<String> people = new java.util.ArrayList<>();
        for (int p = 0; p < 8; p++) {
            people.add(accounts.create("burst-" + p, Roles.FACT_CHECKER).username());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<com.credence.annotation.AnnotationView>> made = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            var s = a.sentences().get(i);
            String who = people.get(i % 8);
            made.add(pool.submit(() -> {
                accounts.signInAs(who);
                try {
                    return annotations.create(a.id(), com.credence.annotation.AnnotationDraft.tagging(s.start(), s.end(), "reported"));
                } finally {
                    TestAccounts.signOut();
                }
            }));
        }
        List<com.credence.annotation.AnnotationView> all = new java.util.ArrayList<>();
        for (var f : made) {
            all.add(f.get());
        }
        pool.shutdown();
        awaitProgress(a.id(), ArticleProgress.IN_PROGRESS);
        // every one submitted and approved but the last: in review; the last approved too: done
        for (var v : all) {
            accounts.signInAs(v.author());
            annotations.submit(a.id(), v.id());
        }
        accounts.signInAs(editor);
        awaitProgress(a.id(), ArticleProgress.IN_REVIEW);
        for (var v : all) {
            review.decide(a.id(), v.id(), null, ReviewMove.APPROVE, null, null);
        }
        awaitProgress(a.id(), ArticleProgress.DONE);
        Thread.sleep(300); // and it stays there: no update computed from older counts comes after
        assertThat(articles.summary(a.id()).progress()).isEqualTo(ArticleProgress.DONE);
    }

    /** A progress left wrong (an instance stopped before its update ran) is put right by the recount at start. */
    @Test
    void theRecountAtStartPutsRightAProgressLeftWrong() {
        String editor = accounts.create("recount-editor", Roles.EDITOR).username();
        accounts.signInAs(editor);
        ArticleDetail a = article("Recount " + UUID.randomUUID());
        annotations.create(a.id(), com.credence.annotation.AnnotationDraft.tagging(0, 9, "reported"));
        awaitProgress(a.id(), ArticleProgress.IN_PROGRESS);
        accounts.signInAs(accounts.create("recount-admin", Roles.ADMIN).username());
        articles.recordProgress(a.id(), ArticleProgress.DONE); // as if the last update had been lost
        assertThat(articles.summary(a.id()).progress()).isEqualTo(ArticleProgress.DONE);
        keeper.recountAll();
        awaitProgress(a.id(), ArticleProgress.IN_PROGRESS);
    }

    @Test
    void assignedFirstThenProgressFollowsTheWork() {
        String checker = accounts.create("as-checker", Roles.FACT_CHECKER).username();
        String editor = accounts.create("as-editor", Roles.EDITOR).username();
        accounts.signInAs(editor);
        ArticleDetail later = article("Later " + UUID.randomUUID());
        ArticleDetail soon = article("Soon " + UUID.randomUUID());
        assertThat(articles.summary(soon.id()).progress()).isEqualTo(ArticleProgress.NEW);

        LocalDate due = LocalDate.now().plusDays(3);
        ArticleAssignment assignment = assignments.assign(soon.id(), List.of(checker, " " + checker), due);
        assignments.assign(later.id(), List.of(checker), null);
        assertThat(assignment.assignees()).containsExactly(checker);
        assertThat(assignments.assignees(soon.id()).due()).isEqualTo(due);
        awaitProgress(soon.id(), ArticleProgress.IN_PROGRESS);

        accounts.signInAs(checker);
        assertThat(assignments.mine()).extracting(MyAssignment::articleId).containsExactly(soon.id(), later.id());
        AnnotationView a = annotations.create(soon.id(), AnnotationDraft.tagging(0, 9, "attributed"));
        annotations.submit(soon.id(), a.id());
        awaitProgress(soon.id(), ArticleProgress.IN_REVIEW);
        assertThat(articles.search("", ArticleProgress.IN_REVIEW, PageRequest.of(0, 100))).extracting(s -> s.id()).contains(soon.id())
                .doesNotContain(later.id());

        accounts.signInAs(editor);
        review.decide(soon.id(), a.id(), null, ReviewMove.APPROVE, null, null);
        awaitProgress(soon.id(), ArticleProgress.DONE);
        assertThat(articles.count("", ArticleProgress.DONE)).isGreaterThanOrEqualTo(1);

        assignments.assign(later.id(), List.of(), null);
        awaitProgress(later.id(), ArticleProgress.NEW);
        accounts.signInAs(checker);
        assertThat(assignments.mine()).extracting(MyAssignment::articleId).containsExactly(soon.id());
    }

    @Test
    void onlyEditorsAssignAndOnlyToPeopleWhoAnnotate() {
        String checker = accounts.create("as-checker2", Roles.FACT_CHECKER).username();
        String admin = accounts.create("as-admin", Roles.ADMIN).username();
        accounts.signInAs(accounts.create("as-editor2", Roles.EDITOR).username());
        ArticleDetail article = article("Assign me " + UUID.randomUUID());
        assertThatThrownBy(() -> assignments.assign(article.id(), List.of("nobody-" + UUID.randomUUID()), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no active user");
        assertThatThrownBy(() -> assignments.assign(article.id(), List.of(admin), null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not annotate");
        assertThatThrownBy(() -> assignments.assign(article.id(), List.of(checker), LocalDate.now().minusDays(10)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("past");
        assertThat(assignments.assignees(article.id()).assignees()).isEmpty();
        assertThat(assignments.candidates()).extracting(c -> c.username()).contains(checker).doesNotContain(admin);

        accounts.signInAs(checker);
        assertThatThrownBy(() -> assignments.assign(article.id(), List.of(checker), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void progressIsDerivedFromTheStatusesAndTheAssignment() {
        assertThat(ProgressKeeper.progress(Map.of(), false)).isEqualTo(ArticleProgress.NEW);
        assertThat(ProgressKeeper.progress(Map.of(), true)).isEqualTo(ArticleProgress.IN_PROGRESS);
        assertThat(ProgressKeeper.progress(Map.of(AnnotationStatus.DRAFT, 1L, AnnotationStatus.SUBMITTED, 3L), false))
                .isEqualTo(ArticleProgress.IN_PROGRESS);
        assertThat(ProgressKeeper.progress(Map.of(AnnotationStatus.CHANGES_REQUESTED, 1L, AnnotationStatus.APPROVED, 3L), true))
                .isEqualTo(ArticleProgress.IN_PROGRESS);
        assertThat(ProgressKeeper.progress(Map.of(AnnotationStatus.SUBMITTED, 2L, AnnotationStatus.APPROVED, 3L), false))
                .isEqualTo(ArticleProgress.IN_REVIEW);
        assertThat(ProgressKeeper.progress(Map.of(AnnotationStatus.APPROVED, 2L, AnnotationStatus.REJECTED, 1L, AnnotationStatus.DRAFT,
                0L), false)).isEqualTo(ArticleProgress.DONE);
    }
}
