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
import com.credence.suggestion.SuggestionService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Suggestions in real Chromium: a new article's suggestions drawn, accepted and dismissed by keyboard, hidden; axe-clean. */
@IntegrationTest
@org.junit.jupiter.api.Tag(IntegrationTest.PAGE)
class SuggestionEndToEndIT extends BrowserCase {

    static final String TEXT = """
            The Belarusian Defence Ministry stated that two drones were shot down near the border. \
            The rebels reportedly seized the airport.

            Work on the bridge went according to plan.""";

    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;
    @Autowired
    SuggestionService suggestions;

    String user;
    ArticleDetail article;

    @BeforeEach
    void article() {
        user = accounts.create("e2e-suggested", Roles.FACT_CHECKER).username();
        accounts.signInAs(user);
        article = articleImport.importArticle(new ImportSource.Pasted(TEXT + "\n\nRef " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Drones shot down", "The Courier", null, null, null), true);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private List<AnnotationView> stored() {
        accounts.signInAs(user);
        return annotations.forArticle(article.id());
    }

    private static Locator sentence(Page page, String startsWith) {
        return page.locator("credence-text .ct-s", new Page.LocatorOptions().setHasText(startsWith)).first();
    }

    @Test
    void acceptASuggestionWithTheKeyboardAndSeeTheDraftWithItsSource() {
        for (int width : new int[] {390, 1440}) {
            try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
                Page page = signIn(context, user, TestAccounts.PASSWORD);
                page.navigate(url("/articles/" + article.id()));
                Locator text = page.locator("credence-text[data-ready]");
                assertThat(text).isAttached();
                assertThat(text).hasAttribute("data-suggestions", "2");
                if (width == 390) {
                    assertThat(Axe.seriousViolations(page)).as("axe at 390 px").isEmpty();
                    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("article-suggestions-phone")));
                    continue;
                }
                Locator stated = sentence(page, "The Belarusian Defence Ministry stated");
                assertThat(stated).hasClass(java.util.regex.Pattern.compile("ct-suggested"));
                assertThat(stated).hasAttribute("data-suggest", "A");
                String note = stated.getAttribute("aria-describedby");
                assertThat(page.locator("[id='" + note + "']")).hasText(java.util.regex.Pattern.compile(
                        "Suggested: Attributed, source: Belarusian Defence Ministry\\. Rules: .stated. with a speaker"));
                assertThat(Axe.seriousViolations(page)).as("axe with suggestions drawn").isEmpty();

                // keyboard only: the first sentence, its card, y accepts
                page.locator("body").press("j");
                Locator card = page.locator("credence-text .ct-suggestion-card");
                assertThat(card).isVisible();
                assertThat(card).containsText("Suggested: Attributed");
                assertThat(card).containsText("source: Belarusian Defence Ministry");
                page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("article-suggestions")));
                page.keyboard().press("y");
                assertThat(page.locator("credence-text")).hasAttribute("data-annotations", "1");
                assertThat(page.locator(".annotation-list .item-source")).containsText("Source: Belarusian Defence Ministry");
                assertThat(page.locator("vaadin-combo-box input").first()).hasValue("Belarusian Defence Ministry");
                assertThat(stored()).singleElement().satisfies(a -> {
                    assertThat(a.tag()).isEqualTo("attributed");
                    assertThat(a.source()).isEqualTo("Belarusian Defence Ministry");
                    assertThat(a.cue()).isEqualTo("stated");
                    assertThat(a.status()).isEqualTo("DRAFT");
                    assertThat(a.author()).isEqualTo(user);
                    assertThat(a.quote()).startsWith("The Belarusian Defence Ministry stated").endsWith("border.");
                    assertThat(a.sourceId()).as("linked to the source ledger").isNotNull();
                });
                assertThat(page.locator("#source-link")).hasText("Source page: Belarusian Defence Ministry");
                page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("article-suggestion-accepted")));
                assertThat(text).hasAttribute("data-suggestions", "1");
                assertThat(stated).not().hasClass(java.util.regex.Pattern.compile("ct-suggested"));

                // the next sentence's hedge: n dismisses it, for good
                page.keyboard().press("j");
                assertThat(card).containsText("Suggested: Reported");
                page.keyboard().press("n");
                assertThat(text).hasAttribute("data-suggestions", "0");
                assertThat(page.locator("#suggestions-toggle")).containsText("Suggestions (0)"); // the server's answer
                accounts.signInAs(user);
                assertThat(suggestions.list(article.id())).isEmpty();
                assertThat(stored()).hasSize(1);

                // g hides suggestions; the toggle says so
                page.keyboard().press("g");
                assertThat(page.locator("#suggestions-toggle")).hasAttribute("aria-pressed", "false");
                page.locator("#suggestions-toggle").click();
                assertThat(page.locator("#suggestions-toggle")).hasAttribute("aria-pressed", "true");
                assertThat(Axe.seriousViolations(page)).as("axe after accepting").isEmpty();

                // the accepted claim is on its source's page: open the annotation again, then its source page link
                long sourceId = java.util.Objects.requireNonNull(stored().getFirst().sourceId());
                page.locator(".annotation-list .item-source").first().click();
                settle(page); // the form is rendered again: focus the link of the new one
                Locator link = page.locator("#source-link");
                assertThat(link).hasText("Source page: Belarusian Defence Ministry");
                followByKeyboard(page, link, "**/sources/" + sourceId);
                assertThat(page.locator("#source-name")).hasText("Belarusian Defence Ministry");
                assertThat(page.locator("#source-claims")).containsText("Drones shot down");
                assertThat(page.locator("#source-counts [data-count=attributed]")).isVisible();
            }
        }
    }

    @Test
    void anotherArticleOpenedWhileTheFirstOnesSuggestionsAreOnTheirWayShowsOnlyItsOwn() {
        ArticleDetail other = articleImport.importArticle(new ImportSource.Pasted(
                "Harbour traffic resumed on Monday. The port authority said that ships were waiting offshore.\n\nRef " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Port reopens", "The Courier", null, null, null), true);
        accounts.signInAs(user);
        int otherCount = suggestions.list(other.id()).size();
        assertThat(otherCount).as("the second article has a suggestion of its own").isPositive();
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = signIn(context, user, TestAccounts.PASSWORD);
            // the first article's suggestions are held on their way until the second article is shown
            List<com.microsoft.playwright.Route> held = new java.util.ArrayList<>();
            page.route("**/VAADIN/dynamic/resource/**", route -> {
                if (held.isEmpty()) {
                    held.add(route);
                } else {
                    route.resume();
                }
            });
            page.navigate(url("/articles/" + article.id()));
            Locator text = page.locator("credence-text[data-ready]");
            assertThat(text).hasAttribute("data-loads", "1");
            assertThat(text).not().hasAttribute("data-suggestions", java.util.regex.Pattern.compile(".*"));
            page.waitForCondition(() -> !held.isEmpty());
            // the server answers it while the first article is still shown; the answer reaches the browser only later
            com.microsoft.playwright.APIResponse firstAnswer = held.getFirst().fetch();
            assertThat(firstAnswer.text()).contains("Belarusian Defence Ministry");
            // inside the app (the view stays, the text is replaced), as the article links do
            page.evaluate("id => { const a = document.createElement('a'); a.href = 'articles/' + id; a.setAttribute('router-link', '');"
                    + " document.body.append(a); a.click(); a.remove(); }", String.valueOf(other.id()));
            assertThat(text).hasAttribute("data-loads", "2");
            assertThat(text).hasAttribute("data-suggestions", String.valueOf(otherCount));
            assertThat(page.locator("#suggestions-toggle")).containsText("Suggestions (" + otherCount + ")");
            try {
                held.getFirst().fulfill(new com.microsoft.playwright.Route.FulfillOptions().setResponse(firstAnswer)); // late
            } catch (com.microsoft.playwright.PlaywrightException e) {
                // the browser had given up on it already
            }
            page.waitForTimeout(300);
            assertThat(text).hasAttribute("data-suggestions", String.valueOf(otherCount));
            assertThat(page.locator("credence-text .ct-suggested")).hasCount(1);
            assertThat(sentence(page, "The port authority said")).hasClass(java.util.regex.Pattern.compile("ct-suggested"));
            assertThat(page.locator("#suggestions-toggle")).containsText("Suggestions (" + otherCount + ")");

            // accepted, then its annotation deleted: the suggestion is offered again, without the list being sent anew
            page.locator("body").press("j");
            page.keyboard().press("j");
            assertThat(page.locator("credence-text .ct-suggestion-card")).containsText("Suggested: Attributed");
            page.keyboard().press("y");
            assertThat(text).hasAttribute("data-annotations", "1");
            assertThat(text).hasAttribute("data-suggestions", String.valueOf(otherCount - 1));
            assertThat(sentence(page, "The port authority said")).not().hasClass(java.util.regex.Pattern.compile("ct-suggested"));
            page.locator("#delete-annotation").click();
            assertThat(text).hasAttribute("data-annotations", "0");
            assertThat(text).hasAttribute("data-suggestions", String.valueOf(otherCount));
            assertThat(sentence(page, "The port authority said")).hasClass(java.util.regex.Pattern.compile("ct-suggested"));
            assertThat(page.locator("#suggestions-toggle")).containsText("Suggestions (" + otherCount + ")");
        }
    }
}
