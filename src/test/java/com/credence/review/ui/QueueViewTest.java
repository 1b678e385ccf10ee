package com.credence.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.QueueItem;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.security.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.provider.Query;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The queue page: filtered to one article, several items selected and approved at once, counts that follow. */
@IntegrationTest
@ViewPackages(classes = QueueView.class)
@WithMockUser(username = "queue-view-editor", roles = Roles.EDITOR)
class QueueViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;
    @Autowired
    TestAccounts accounts;

    ArticleDetail article;
    List<AnnotationView> submitted;

    @BeforeEach
    void submittedWork() {
        SecurityContext editor = SecurityContextHolder.getContext();
        accounts.signInAs(accounts.create("queue-view-checker", Roles.FACT_CHECKER).username());
        article = articleImport.importArticle(new ImportSource.Pasted("One claim here. Two claims there. Three at last. "
                + UUID.randomUUID(), ImportFormat.TEXT), new ArticleMetadata("Queue view", null, null, null, null), false);
        AnnotationView a = annotations.create(article.id(), AnnotationDraft.tagging(0, 15, "reported"));
        AnnotationView b = annotations.create(article.id(), AnnotationDraft.tagging(16, 33, "attributed"));
        AnnotationView c = annotations.create(article.id(), AnnotationDraft.tagging(34, 48, "contested"));
        annotations.submitAllMine(article.id());
        submitted = List.of(a, b, c);
        SecurityContextHolder.setContext(editor);
    }

    @SuppressWarnings("unchecked")
    private List<QueueItem> shown(QueueView view) {
        return view.grid.getDataProvider().fetch(new Query<>()).toList();
    }

    @Test
    void theQueueNarrowsToAnArticleAndApprovesASelectionAtOnce() {
        QueueView view = navigate("review", QueueView.class);
        view.articleFilter.setValue(String.valueOf(article.id()));
        assertThat(shown(view)).extracting(i -> i.annotation().id()).containsExactly(submitted.get(0).id(), submitted.get(1).id(),
                submitted.get(2).id());
        assertThat(view.counts.getElement().getTextRecursively()).contains("Waiting for review 3");
        assertThat(view.detail.getElement().getTextRecursively()).contains("One claim here.");

        view.grid.asMultiSelect().select(shown(view).subList(0, 2));
        assertThat(view.approveSelected.getText()).isEqualTo("Approve selected (2)");
        test(view.approveSelected).click();

        assertThat(annotations.get(submitted.get(0).id()).status()).isEqualTo("APPROVED");
        assertThat(annotations.get(submitted.get(1).id()).status()).isEqualTo("APPROVED");
        assertThat(annotations.get(submitted.get(2).id()).status()).isEqualTo("SUBMITTED");
        assertThat(shown(view)).extracting(i -> i.annotation().id()).containsExactly(submitted.get(2).id());
        assertThat(view.counts.getElement().getTextRecursively()).contains("Waiting for review 1", "Approved 2");

        view.statusFilter.setValue(EnumSet.of(AnnotationStatus.APPROVED));
        assertThat(shown(view)).hasSize(2);
        assertThat($(Button.class).id("reopen")).isNotNull();
    }
}
