package com.credence.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.security.Roles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor's batch export in the browser: filter by outlet, see how many articles match, start it,
 * be told when it is ready, download the zip; reload and the export is still there. At phone width too.
 */
@IntegrationTest
class BatchExportIT extends BrowserCase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void anEditorExportsAnOutletsArticlesAndFindsTheExportAfterAReload() throws Exception {
        String editor = accounts.create("ui-batch", Roles.EDITOR).username();
        accounts.signInAs(editor);
        String outlet = "Harbour Gazette " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            articleImport.importArticle(new ImportSource.Pasted("Story " + i + " says the quay reopens. " + UUID.randomUUID(),
                    ImportFormat.TEXT), new ArticleMetadata("Quay story " + i, outlet, null, null, LocalDate.of(2026, 4, 1 + i)), false);
        }
        TestAccounts.signOut();

        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = signIn(context, editor, TestAccounts.PASSWORD);
            page.navigate(url("/exports"));
            assertThat(page.locator("h2").first()).hasText("Batch export");
            Locator outletField = page.getByLabel("Outlet");
            outletField.fill(outlet);
            outletField.press("Enter");
            assertThat(page.locator("#export-matching")).hasText("3 articles match.");

            page.locator("#start-export").click();
            Locator card = page.locator(".export-job").first();
            assertThat(card).hasAttribute("data-status", "DONE", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("is ready")))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("batch-export")).setFullPage(true));

            Download download = page.waitForDownload(() -> card.locator("a.export-download").click());
            assertThat(download.suggestedFilename()).startsWith("credence-export-").endsWith(".zip");
            Set<String> names = new HashSet<>();
            try (InputStream in = download.createReadStream(); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    names.add(e.getName());
                }
            }
            assertThat(names).contains("manifest.json").anyMatch(n -> n.startsWith("pdf/quay-story-0-"))
                    .anyMatch(n -> n.startsWith("jsonld/quay-story-2-"));
            assertThat(names).hasSize(1 + 3 * 2);

            // a reload (or another tab) shows the export as it is
            page.reload();
            assertThat(page.locator(".export-job").first()).hasAttribute("data-status", "DONE");
            assertThat(page.locator(".export-job").first()).containsText("outlet " + outlet);

            // at phone width the page still reads in one column, nothing wider than the screen
            page.setViewportSize(390, 844);
            page.reload();
            assertThat(page.locator("#start-export")).isVisible();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
            assertThat(overflow).isEqualTo(true);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("batch-export-phone")).setFullPage(true));
        }
    }
}
