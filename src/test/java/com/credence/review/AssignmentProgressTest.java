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
