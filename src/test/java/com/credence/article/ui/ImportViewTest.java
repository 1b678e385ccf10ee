package com.credence.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.article.ArticleService;
import com.credence.article.ImportFormat;
import com.credence.security.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@ViewPackages(packages = "com.credence")
@WithMockUser(username = "view-importer", roles = Roles.FACT_CHECKER)
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Test
    void pastePreviewSaveOpensTheArticle() {
        ImportView view = navigate(ImportView.class);
        String text = "Storm closes port\n\nThe port closed on Monday, officials said. Ferries were cancelled. " + UUID.randomUUID();
        test(view.pasted).setValue(text);
        assertThat(view.saveButton.isEnabled()).isFalse();

        test(view.previewButton).click();
        assertThat($(Span.class).id("preview-stats").getText()).startsWith("4 sentences · 2 paragraphs");
        assertThat(view.title.getValue()).isEqualTo("Storm closes port");
        assertThat(view.saveButton.isEnabled()).isTrue();

        test(view.outlet).setValue("Port News");
        long before = articles.count();
        test(view.saveButton).click();

        assertThat(articles.count()).isEqualTo(before + 1);
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("AnnotateView");
        assertThat(articles.recent(1).getFirst().outlet()).isEqualTo("Port News");
    }

    @Test
    void changingTheTextAfterThePreviewAsksForANewPreview() {
        ImportView view = navigate(ImportView.class);
        test(view.pasted).setValue("First version. " + UUID.randomUUID());
        test(view.previewButton).click();
        assertThat(view.saveButton.isEnabled()).isTrue();
        test(view.pasted).setValue("Second version. " + UUID.randomUUID());
        assertThat(view.saveButton.isEnabled()).isFalse();
    }

    @Test
    void badInputShowsTheReasonAndSavesNothing() {
        ImportView view = navigate(ImportView.class);
        view.format.setValue(ImportFormat.HTML);
        test(view.pasted).setValue("<script>alert('x')</script>");
        long before = articles.count();
        test(view.previewButton).click();
        assertThat(test($(Notification.class).last()).getText()).contains("no readable text");
        assertThat(view.saveButton.isEnabled()).isFalse();
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void theSameTextAgainIsShownWithALinkAndNeedsConfirmation() {
        String text = "Duplicate me. " + UUID.randomUUID();
        ImportView view = navigate(ImportView.class);
        test(view.pasted).setValue(text);
        test(view.title).setValue("Original");
        test(view.previewButton).click();
        test(view.saveButton).click();
        long afterFirst = articles.count();

        view = navigate(ImportView.class);
        test(view.pasted).setValue(text);
        test(view.title).setValue("Copy");
        test(view.previewButton).click();
        assertThat($(Div.class).id("duplicate-warning").getElement().getTextRecursively()).contains("already stored", "Original");
        test(view.saveButton).click();
        assertThat(articles.count()).isEqualTo(afterFirst);
        assertThat(getCurrentView()).isInstanceOf(ImportView.class);

        test($(Button.class).id("import-anyway")).click();
        test(view.saveButton).click();
        assertThat(articles.count()).isEqualTo(afterFirst + 1);
    }

    @Test
    void furnitureIsStruckThroughAndEachParagraphCanBeLeftOutOrPutBack() {
        ImportView view = navigate(ImportView.class);
        String ref = "Ref " + UUID.randomUUID();
        test(view.pasted).setValue("Port reopens\n\nShare\n\nThe port reopened on Friday, officials said.\n\n"
                + "Photo caption: cranes at dawn\n\n" + ref);
        test(view.previewButton).click();
        assertThat($(Span.class).id("preview-stats").getText()).endsWith("· 1 left out");
        java.util.List<Div> rows = $(Div.class).withClassName("preview-paragraph").all();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).getClassNames()).contains("left-out");
        assertThat($(Span.class).withClassName("left-out-reason").first().getText()).isEqualTo("Left out: share buttons");

        // put the share line back, leave out the caption
        test($(Button.class).withAttribute("aria-label", "Keep paragraph 2").single()).click();
        test($(Button.class).withAttribute("aria-label", "Leave out paragraph 4").single()).click();
        assertThat($(Span.class).withClassName("left-out-reason").all()).extracting(Span::getText)
                .containsExactly("Kept, though it looks like share buttons", "Left out by you");

        test(view.saveButton).click();
        String stored = articles.get(articles.recent(1).getFirst().id()).text();
        assertThat(stored).isEqualTo("Port reopens\n\nShare\n\nThe port reopened on Friday, officials said.\n\n" + ref);
    }
}
