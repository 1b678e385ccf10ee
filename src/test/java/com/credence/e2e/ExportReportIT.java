package com.credence.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.ReviewMove;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.review.ReviewService;
import com.credence.security.Roles;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The HTML report opened in Chromium: hostile content in every field runs nothing; a screenshot to look at. */
@IntegrationTest
@org.junit.jupiter.api.Tag(IntegrationTest.PAGE)
class ExportReportIT extends BrowserCase {

    static final String HOSTILE = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";
    static final String TEXT = """
            Council defends bridge closure

            The council said the closure was “a temporary precaution.” Engineers called the damage extensive, not cosmetic. \
            Traders reportedly lose 40,000 euros a week.

            Residents 😀 were not warned, according to Олег Петров, a shop owner.""";

    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ReviewService review;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private AnnotationView tag(ArticleDetail article, String fragment, String tag, String source, String note, List<String> evidence) {
        int start = article.text().indexOf(fragment);
        return annotations.create(article.id(), new AnnotationDraft(start, start + fragment.length(), tag, source, null, note, evidence, null));
    }

    @Test
    void theReportRendersAndRunsNothing() throws java.io.IOException {
        String checker = accounts.create("rep-checker", Roles.FACT_CHECKER).username();
        String editor = accounts.create("rep-editor", Roles.EDITOR).username();
        accounts.signInAs(checker);
        ArticleDetail article = articleImport.importArticle(new ImportSource.Pasted(TEXT + "\n\nRef " + UUID.randomUUID(),
                ImportFormat.TEXT), new ArticleMetadata("Council defends bridge closure " + HOSTILE, "The Lanmouth Courier",
                "https://courier.example/lanmouth/bridge", "Mara Quint", java.time.LocalDate.of(2026, 3, 14)), true);
        List<AnnotationView> made = List.of(
                tag(article, "The council said the closure was “a temporary precaution.”", "attributed", "Lanmouth City Council",
                        "Matches the council's press release. " + HOSTILE, List.of("https://council.example/release")),
                tag(article, "“a temporary precaution.”", "contested", "Engineering firm", "The firm's letter says the opposite.", List.of()),
                tag(article, "Traders reportedly lose 40,000 euros a week.", "reported", null, "No source named.", List.of()),
                tag(article, "Residents 😀 were not warned", "attributed", "Олег Петров", null, List.of()));
        made.forEach(a -> annotations.submit(article.id(), a.id()));
        accounts.signInAs(editor);
        made.forEach(a -> review.decide(article.id(), a.id(), null, ReviewMove.APPROVE, null, "Checked"));

        String html = new ApiClient(port).get("/api/articles/" + article.id() + "/export?format=html", checker, TestAccounts.PASSWORD).body();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            AtomicInteger dialogs = new AtomicInteger();
            page.onDialog(d -> {
                dialogs.incrementAndGet();
                d.dismiss();
            });
            page.setContent(html);
            page.waitForTimeout(300);
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            assertThat(dialogs.get()).isZero();
            assertThat(page.locator("script").count()).isZero();
            assertThat(page.locator(".notes li").count()).isEqualTo(4);
            assertThat(page.locator("a.marker").count()).isEqualTo(4);
            assertThat(page.locator("h1").textContent()).contains("<script>");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("export-report")).setFullPage(true));
        }

        // the same report downloaded from the article page, signed in through the UI
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setAcceptDownloads(true))) {
            Page page = signIn(context, checker, TestAccounts.PASSWORD);
            page.navigate(url("/articles/" + article.id()));
            com.microsoft.playwright.Download download = page.waitForDownload(
                    () -> page.locator("#article-exports a[data-format=csv]").click());
            assertThat(download.suggestedFilename()).startsWith("council-defends-bridge-closure").endsWith(".csv");
            String csv;
            try (java.io.InputStream in = download.createReadStream()) {
                csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(csv).startsWith("\uFEFF").contains("Traders reportedly lose 40,000 euros a week.", "Олег Петров");
        }
    }
}
