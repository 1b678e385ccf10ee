package com.credence.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing in real Chromium: paste, preview, save, read; and hostile HTML that must not run. */
@IntegrationTest
@org.junit.jupiter.api.Tag(IntegrationTest.PAGE)
class ImportEndToEndIT extends BrowserCase {

    @Autowired
    TestAccounts accounts;

    private Page signedIn(BrowserContext context) {
        String user = accounts.create("e2e-importer", Roles.FACT_CHECKER).username();
        Page page = signIn(context, user, TestAccounts.PASSWORD);
        page.navigate(url("/articles/import"));
        return page;
    }

    @Test
    void pastePreviewSaveAndTheArticleOpens() {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8); // one word, also for PostgreSQL's full-text search
        String text = "Harbour bridge stays shut\n\nLANMOUTH, 2026.03.14 09:40\n\n"
                + "The bridge will remain closed, Mr. Reyk said on Friday. Engineers called the damage “extensive.” "
                + "Repairs could cost $4.2bn, according to one estimate.\n\nRef " + marker;
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = signedIn(context);
            page.locator("vaadin-text-area textarea").fill(text);
            page.locator("#preview").click();

            assertThat(page.locator("#preview-stats")).containsText("6 sentences · 4 paragraphs");
            assertThat(page.locator(".preview-text .sentence").nth(3)).hasText("Engineers called the damage “extensive.”");
            assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Title")))
                    .hasValue("Harbour bridge stays shut");
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Outlet")).fill("The Lanmouth Courier");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("import-preview")));

            page.locator("#save-article").click();
            assertThat(page).hasURL(Pattern.compile(".*/articles/\\d+$"));
            assertThat(page.locator(".article-title")).hasText("Harbour bridge stays shut");
            assertThat(page.locator("#article-text .ct-s")).hasCount(6);
            assertThat(page.locator("#article-text")).containsText("Ref " + marker);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("article-read")));

            page.navigate("http://localhost:" + port + "/articles");
            page.locator("#article-search input").fill(marker);
            assertThat(page.locator("vaadin-grid")).containsText("Harbour bridge stays shut");
        }
    }

    /** A web address pasted: the story is fetched and extracted, furniture struck through; one more paragraph left out by a click. */
    @Test
    void importFromAWebAddressLeavingOutFurnitureAndOneParagraphMore() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        try (com.credence.article.NewsPageServer pages = new com.credence.article.NewsPageServer();
                BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            String address = pages.serve("/news/ferry-fares-" + marker, com.credence.article.NewsPageServer.newsPage(marker));
            Page page = signedIn(context);
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("From a web address")).check();
            page.locator("#import-address input").fill(address);
            page.locator("#preview").click();

            // what the page says about itself fills the form
            assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Title")))
                    .hasValue("Ferry fares to rise by a fifth");
            assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Outlet"))).hasValue("The Lanmouth Courier");
            // the extractor kept the story and the newsletter call inside it (the follow-us line after the story it
            // dropped itself); the newsletter call is proposed, struck through and said in words
            assertThat(page.locator(".preview-paragraph")).hasCount(4);
            assertThat(page.locator(".preview-paragraph.left-out")).hasCount(1);
            assertThat(page.locator(".preview-paragraph.left-out .left-out-reason").first()).hasText("Left out: subscription call");
            assertThat(page.locator("#import-preview")).not().containsText("outrageous");
            assertThat(page.locator("#import-preview")).not().containsText("Council borrows");
            // leave out one paragraph more, with the keyboard
            Locator row = page.locator(".preview-paragraph", new Page.LocatorOptions().setHasText("blamed fuel costs"));
            Locator toggle = row.locator(".paragraph-toggle");
            assertThat(toggle).hasAccessibleName(Pattern.compile("Leave out paragraph \\d+"));
            toggle.focus();
            page.keyboard().press("Enter");
            assertThat(page.locator(".preview-paragraph.left-out")).hasCount(2);
            assertThat(row).hasClass(Pattern.compile("left-out"));
            assertThat(row.locator(".paragraph-toggle")).hasAccessibleName(Pattern.compile("Keep paragraph \\d+"));
            assertThat(row.locator(".paragraph-toggle")).isFocused();
            assertThat(page.locator("#preview-stats")).containsText("2 left out");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("import-from-address")).setFullPage(true));
            assertThat(Axe.seriousViolations(page)).isEmpty();

            page.locator("#save-article").click();
            assertThat(page).hasURL(Pattern.compile(".*/articles/\\d+$"));
            assertThat(page.locator(".article-title")).hasText("Ferry fares to rise by a fifth");
            assertThat(page.locator("#article-text")).containsText("Ref " + marker);
            assertThat(page.locator("#article-text")).not().containsText("blamed fuel costs");
            assertThat(page.locator("#article-text")).not().containsText("newsletter");
            assertThat(page.locator("#article-text")).not().containsText("Home");
        }
    }

    @Test
    void hostileHtmlIsImportedAsTextAndNothingInItRuns() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String html = """
                <html><head><title>Hostile page</title>
                <script>window.__pwned = 'head script';</script>
                <meta http-equiv="refresh" content="0;url=javascript:window.__pwned='refresh'">
                </head><body onload="window.__pwned='onload'">
                <h1>Hostile page</h1>
                <p>Visit <a href="javascript:window.__pwned='link'">this link</a> now.</p>
                <img src="x" onerror="window.__pwned='img'">
                <svg onload="window.__pwned='svg'"><circle r="4"/></svg>
                <iframe src="javascript:parent.__pwned='iframe'"></iframe>
                <p>Shown as text: &lt;img src=x onerror=window.__pwned=1&gt; and <b onmouseover="window.__pwned='b'">bold</b>.</p>
                <p>REF-%s</p>
                </body></html>""".formatted(marker);
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = signedIn(context);
            List<String> dialogs = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.getByText("Upload a file").click();
            page.locator("vaadin-upload input[type=file]").setInputFiles(
                    new FilePayload("hostile.html", "text/html", html.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator("#preview-stats")).isVisible();
            page.locator("#save-article").click();

            assertThat(page).hasURL(Pattern.compile(".*/articles/\\d+$"));
            assertThat(page.locator(".article-title")).hasText("Hostile page");
            assertThat(page.locator("#article-text")).containsText("Shown as text: <img src=x onerror=window.__pwned=1> and bold.");
            assertThat(page.locator("#article-text")).containsText("REF-" + marker);
            assertThat(page.locator("#article-text .ct-body img, #article-text .ct-body script, #article-text .ct-body svg, "
                    + "#article-text .ct-body iframe, #article-text .ct-body a"))
                    .hasCount(0);
            page.locator("#article-text").hover();
            assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
            assertThat(dialogs).isEmpty();
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedByTheServerEvenWhenTheBrowsersCheckIsSkipped() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = signedIn(context);
            page.getByText("Upload a file").click();
            // a script takes the browser's own limit away; the server still holds to credence.import.max-size (5 MB)
            page.locator("vaadin-upload").waitFor(); // sent once its tab is shown, after the server's answer
            page.evaluate("() => { document.querySelector('vaadin-upload').maxFileSize = Infinity; }");
            byte[] big = "The council met again. ".repeat(6 * 1024 * 1024 / 23 + 10).getBytes(StandardCharsets.UTF_8);
            page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("huge.txt", "text/plain", big));
            assertThat(page.locator("vaadin-notification-card")).containsText("larger than the import limit");
            assertThat(page.locator(".uploaded-name")).hasText("");
            assertThat(page.locator("#preview-stats")).isHidden();
        }
    }
}
