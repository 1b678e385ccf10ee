package com.credence.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.security.Roles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review loop in real Chromium: a fact-checker submits two annotations; an editor, with the
 * keyboard alone, requests changes on one (with a reason) and approves the other; the fact-checker
 * sees why in My work and in the article, fixes it and submits again; the editor approves it; the
 * fact-checker can no longer edit it.
 */
@IntegrationTest
class ReviewEndToEndIT extends BrowserCase {

    static final String TEXT = """
            Ferry service cut

            The operator said the winter timetable would drop two sailings. Passengers called the change “a betrayal.”""";

    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private List<AnnotationView> stored(String user, long articleId) {
        accounts.signInAs(user);
        return annotations.forArticle(articleId).stream().sorted(Comparator.comparingInt(AnnotationView::start)).toList();
    }

    @Test
    void submitReviewByKeyboardReturnFixResubmitApprove() {
        String checker = accounts.create("e2e-rv-checker", Roles.FACT_CHECKER).username();
        String editor = accounts.create("e2e-rv-editor", Roles.EDITOR).username();
        accounts.signInAs(checker);
        ArticleDetail article = articleImport.importArticle(new ImportSource.Pasted(TEXT + "\n\nRef " + UUID.randomUUID(),
                ImportFormat.TEXT), new ArticleMetadata("Ferry service cut " + UUID.randomUUID(), "The Courier", null, null, null), true);

        try (BrowserContext checkerContext = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
                BrowserContext editorContext = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            // the fact-checker tags two sentences and submits both with Shift+S
            Page mine = signIn(checkerContext, checker, TestAccounts.PASSWORD);
            mine.navigate(url("/articles/" + article.id()));
            assertThat(mine.locator("credence-text[data-ready]")).isAttached();
            Locator text = mine.locator("credence-text");
            mine.keyboard().press("j");
            mine.keyboard().press("j");
            mine.keyboard().press("2");
            assertThat(text).hasAttribute("data-annotations", "1");
            mine.keyboard().press("j");
            mine.keyboard().press("3");
            assertThat(text).hasAttribute("data-annotations", "2");
            assertThat(mine.locator("#submit-all")).containsText("(2)");
            mine.keyboard().press("Shift+S");
            assertThat(mine.locator("#submit-all")).not().containsText("(");
            List<AnnotationView> submitted = stored(checker, article.id());
            assertThat(submitted).extracting(AnnotationView::status).containsExactly("SUBMITTED", "SUBMITTED");
            AnnotationView operator = submitted.get(0);
            AnnotationView passengers = submitted.get(1);
            mine.navigate(url("/my-work"));
            assertThat(mine.locator("#work-waiting .work-card")).hasCount(2);

            // the editor works through the queue with the keyboard alone
            Page queue = signIn(editorContext, editor, TestAccounts.PASSWORD);
            queue.navigate(url("/review?articleId=" + article.id()));
            assertThat(queue.locator("#queue-grid")).isVisible();
            assertThat(queue.locator("#queue-detail")).containsText("The operator said");
            queue.keyboard().press("c");
            Locator reason = queue.locator("#decision-reason");
            assertThat(reason).isVisible();
            queue.keyboard().type("source");
            assertThat(queue.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Source missing or wrong")))
                    .isVisible();
            queue.keyboard().press("ArrowDown");
            queue.keyboard().press("Enter");
            assertThat(queue.locator("#decision-reason input")).hasValue("Source missing or wrong");
            assertThat(queue.locator("#decision-comment textarea")).isFocused();
            queue.keyboard().type("Name the operator's spokesperson.");
            queue.keyboard().press("Control+Enter");
            assertThat(queue.locator("#decision-reason")).hasCount(0);
            assertThat(queue.locator("#queue-detail")).containsText("Passengers called");
            queue.keyboard().press("a");
            assertThat(queue.locator("#queue-detail")).containsText("Nothing to review");
            queue.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("review-queue-done")));
            List<AnnotationView> decided = stored(checker, article.id());
            assertThat(decided).extracting(AnnotationView::status).containsExactly("CHANGES_REQUESTED", "APPROVED");
            assertThat(decided.get(0).review().reason()).isEqualTo("source");

            // the fact-checker's open page heard it: the navigation counts it, My work shows why
            assertThat(mine.locator(".nav-badge")).containsText("1 back");
            assertThat(mine.locator("#work-returned")).containsText("Source missing or wrong");
            assertThat(mine.locator("#work-returned")).containsText("Name the operator's spokesperson.");
            mine.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("my-work-returned")));

            // ... and in the article, where it is fixed and submitted again
            mine.locator("#work-returned .work-open").click();
            assertThat(mine.locator("#review-outcome")).containsText("Name the operator's spokesperson.");
            Locator note = mine.locator("#annotation-form vaadin-text-area textarea").first();
            note.fill("The spokesperson is named in paragraph two.");
            note.press("Tab");
            assertThat(mine.locator("#save-state")).containsText("Saved");
            mine.locator("#submit-annotation").click();
            assertThat(mine.locator("#annotation-status")).hasText("Waiting for review");

            // the editor approves it
            queue.navigate(url("/review?articleId=" + article.id()));
            assertThat(queue.locator("#queue-detail")).containsText("The operator said");
            queue.keyboard().press("a");
            assertThat(queue.locator("#queue-detail")).containsText("Nothing to review");
            assertThat(stored(checker, article.id())).extracting(AnnotationView::status).containsExactly("APPROVED", "APPROVED");

            // approved: the fact-checker's form is read-only
            mine.navigate(url("/articles/" + article.id() + "?annotation=" + operator.id()));
            assertThat(mine.locator("#annotation-status")).hasText("Approved");
            assertThat(mine.locator("#annotation-form vaadin-text-area").first()).hasAttribute("readonly", "");
            assertThat(mine.locator("#submit-annotation")).isHidden();
            assertThat(stored(checker, article.id()).get(1).id()).isEqualTo(passengers.id());
        }
    }
}
