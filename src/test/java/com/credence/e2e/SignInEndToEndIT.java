package com.credence.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.article.TestArticles;
import com.credence.article.internal.ArticleRepository;
import com.credence.security.Roles;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.credence.security.UserAdministration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in through the real form in real Chromium, and what a fact-checker sees first. */
@IntegrationTest
@org.junit.jupiter.api.Tag(IntegrationTest.PAGE)
class SignInEndToEndIT extends BrowserCase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    ArticleRepository articles;

    @Test
    void checkerSignsInSeesTheLandingPageAndSignsOut() {
        accounts.createNamed("checker", Roles.FACT_CHECKER);
        String hostileTitle = "Council <img src=x onerror=\"window.__pwned=1\"> “agrees” budget";
        TestArticles.store(articles, hostileTitle, "The council agreed the budget, officials said.\n\nOthers disagree.", "editor");
        TestArticles.store(articles, "Port strike enters second week", "Dock workers stayed out on Monday, the union said.", "editor");

        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));

            page.locator("input[name=username]").fill("checker");
            page.locator("input[name=password]").fill(TestAccounts.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

            assertThat(page).hasURL(Pattern.compile(".*:" + port + "/(\\?continue)?$"));
            assertThat(page.getByText("Recent articles")).isVisible();
            assertThat(page.locator(".greeting")).containsText("checker");
            assertThat(page.getByText("Port strike enters second week")).isVisible();
            // Hostile text is shown as text: no element was made from it and nothing ran.
            assertThat(page.getByText(hostileTitle)).isVisible();
            assertThat(page.locator(".article-cards img")).hasCount(0);
            assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
            // A fact-checker is not offered administration.
            assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
            org.assertj.core.api.Assertions.assertThat(page.locator("vaadin-side-nav-item").allInnerTexts())
                    .extracting(String::strip).containsExactly("Home", "My work", "Articles", "Sources", "Import");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("landing-checker")).setFullPage(true));

            page.locator(".user-trigger").click();
            page.getByText("Sign out").click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
    }

    @Test
    void aFailedSignInSaysTheSameWhetherThePasswordIsWrongTheAccountUnknownOrDisabled() {
        accounts.createNamed("typo-user", Roles.EDITOR);
        var disabled = accounts.createNamed("gone-user", Roles.EDITOR);
        accounts.asSystemAdmin(() -> administration.setEnabled(disabled.id(), false));
        java.util.List<String> messages = new java.util.ArrayList<>();
        for (String[] attempt : new String[][] {{"typo-user", "not-the-password"}, {"nobody-" + UUID.randomUUID(), "whatever-1234"},
                {"gone-user", TestAccounts.PASSWORD}}) {
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = context.newPage();
                page.navigate("http://localhost:" + port + "/login");
                page.locator("input[name=username]").fill(attempt[0]);
                page.locator("input[name=password]").fill(attempt[1]);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
                assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
                assertThat(page.getByText("Sign-in failed")).isVisible();
                messages.add(page.locator("vaadin-login-form").innerText());
            }
        }
        // nothing tells a guesser which accounts exist or what state they are in
        org.assertj.core.api.Assertions.assertThat(messages).hasSize(3).allSatisfy(m -> org.assertj.core.api.Assertions.assertThat(m)
                .isEqualTo(messages.getFirst()).doesNotContainIgnoringCase("disabled").doesNotContainIgnoringCase("locked"));
    }

    @Test
    void aPageBeyondMyRightsOrNoneAtAllShowsNoRoutesAndNoVersions() {
        accounts.createNamed("nosy-checker", Roles.FACT_CHECKER);
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("input[name=username]").fill("nosy-checker");
            page.locator("input[name=password]").fill(TestAccounts.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(page.locator(".greeting")).isVisible();
            // an address that is no page: a bare refusal (the browser shows its own error page), nothing of ours listed
            var missing = context.request().get("http://localhost:" + port + "/no-such-page-" + UUID.randomUUID());
            org.assertj.core.api.Assertions.assertThat(missing.status()).isIn(403, 404); // Vaadin answers 403: whether a route exists is not told either
            org.assertj.core.api.Assertions.assertThat(missing.text()).doesNotContainIgnoringCase("route").doesNotContainIgnoringCase("vaadin")
                    .doesNotContain("admin/users");
            for (String path : java.util.List.of("/admin/users", "/tags")) {
                page.navigate("http://localhost:" + port + path);
                page.waitForTimeout(500);
                String shown = page.locator("body").innerText();
                // neither the other routes of the app nor the framework and its version are shown
                org.assertj.core.api.Assertions.assertThat(shown).as(path).doesNotContainIgnoringCase("available routes")
                        .doesNotContain("admin/users, ").doesNotContainIgnoringCase("vaadin").doesNotContainIgnoringCase("spring")
                        .doesNotContainPattern("\\b\\d+\\.\\d+\\.\\d+\\b");
                org.assertj.core.api.Assertions.assertThat(page.locator("vaadin-grid").count()).as(path + " shows no admin grid").isZero();
            }
        }
    }
}
