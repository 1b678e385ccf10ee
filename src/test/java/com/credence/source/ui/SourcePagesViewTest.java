package com.credence.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.QueueItem;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.security.Roles;
import com.credence.source.SourceSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The sources list and a source's page, browserless: a hostile name stays text; the list finds and counts; editors get the merge. */
@IntegrationTest
@ViewPackages(classes = SourcesView.class)
@WithMockUser(username = "source-view-editor", roles = Roles.EDITOR)
class SourcePagesViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;
    @Autowired
    TestAccounts accounts;

    String u;
    String hostile;
    AnnotationView claim;

    @BeforeEach
    void aClaim() {
        SecurityContext editor = SecurityContextHolder.getContext();
        accounts.signInAs(accounts.create("source-view-checker", Roles.FACT_CHECKER).username());
        u = UUID.randomUUID().toString().substring(0, 8);
        hostile = "<img src=x onerror=alert(1)> Agency " + u;
        ArticleDetail article = articleImport.importArticle(new ImportSource.Pasted("The agency said so. " + u, ImportFormat.TEXT),
                new ArticleMetadata("Agency says " + u, null, null, null, null), false);
        claim = annotations.create(article.id(), new AnnotationDraft(0, 19, "contested", hostile, null, null, List.of(), null));
        SecurityContextHolder.setContext(editor);
    }

    @Test
    void theListFindsByAnyNameAndCountsContestedClaims() {
        SourcesView view = navigate("sources", SourcesView.class);
        view.search.setValue("agency " + u);
        List<SourceSummary> shown = view.grid.getDataProvider().fetch(new Query<>()).toList();
        assertThat(shown).extracting(SourceSummary::name).containsExactly(hostile);
        assertThat(shown.getFirst().claims()).isEqualTo(1);
        assertThat(shown.getFirst().contested()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSourcesPageShowsItsNameAsTextItsCountsAndClaimsAndTheMergeToEditors() {
        SourceView view = navigate("sources/" + claim.sourceId(), SourceView.class);
        assertThat(view.getElement().getTextRecursively()).contains(hostile);
        assertThat(view.getChildren().filter(c -> c instanceof Html).count()).isZero();
        assertThat(view.counts.getElement().getTextRecursively()).contains("1Claims", "1Contested", "0Approved", "1Pending");
        List<QueueItem> claims = view.claims.getDataProvider().fetch(new Query<>()).toList();
        assertThat(claims).extracting(q -> q.annotation().id()).containsExactly(claim.id());
        assertThat(view.getElement().getTextRecursively()).contains("Merge a duplicate", "Claims per month");
        List<Html> markup = htmlIn(view);
        assertThat(markup).as("the chart, the one piece of markup").hasSize(1);
        String chart = markup.getFirst().getElement().getOuterHTML() + markup.getFirst().getElement().getProperty("innerHTML", "");
        assertThat(chart).contains("<svg").doesNotContain("onerror").doesNotContain(u);
    }

    private static List<Html> htmlIn(com.vaadin.flow.component.Component c) {
        java.util.ArrayList<Html> found = new java.util.ArrayList<>();
        if (c instanceof Html h) {
            found.add(h);
        }
        c.getChildren().forEach(child -> found.addAll(htmlIn(child)));
        return found;
    }
}
