package com.credence.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.review.AssignmentService;
import com.credence.security.Roles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on every page, at desktop and phone width, with content on it (annotations of each tag,
 * work waiting for review, an assignment, an export): no serious or critical WCAG 2.2 A/AA violation.
 */
@IntegrationTest
@org.junit.jupiter.api.Tag(IntegrationTest.PAGE)
class AccessibilityIT extends BrowserCase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;
    @Autowired
    AssignmentService assignments;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void everyPageIsFreeOfSeriousViolations() {
        String checker = accounts.create("a11y-checker", Roles.FACT_CHECKER).username();
        String admin = accounts.create("a11y-admin", Roles.ADMIN, Roles.EDITOR).username();
        accounts.signInAs(checker);
        ArticleDetail article = articleImport.importArticle(new ImportSource.Pasted("""
                Harbour wall to be rebuilt

                The council said the wall would be rebuilt by spring. Engineers doubt the date. \
                Residents reportedly fear more flooding.""" + " " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Harbour wall to be rebuilt", "The Courier", null, "Mara Quint", null), true);
        String text = article.text();
        int council = text.indexOf("The council said");
        AnnotationView a = annotations.create(article.id(), new AnnotationDraft(council, text.indexOf(" Engineers"), "attributed",
                "Harbour Council", null, null, List.of(), null));
        annotations.create(article.id(), AnnotationDraft.tagging(text.indexOf("Engineers"), text.indexOf(" Residents"), "contested"));
        annotations.create(article.id(), AnnotationDraft.tagging(text.indexOf("Residents"), text.indexOf("flooding.") + 9, "reported"));
        annotations.submit(article.id(), a.id());
        accounts.signInAs(admin);
        assignments.assign(article.id(), List.of(checker), null);
        TestAccounts.signOut();

        Map<String, List<String>> found = new LinkedHashMap<>();
        for (int width : new int[] {1440, 390}) {
            try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, width > 500 ? 900 : 844))) {
                Page login = context.newPage();
                login.navigate(url("/login"));
                assertThat(login.locator("input[name=username]")).isVisible();
                found.put("login @" + width, Axe.seriousViolations(login));
                login.close();

                Page page = signIn(context, checker, TestAccounts.PASSWORD);
                for (String path : List.of("/", "/my-work", "/articles", "/articles/import", "/articles/" + article.id(), "/sources",
                        "/sources/" + a.sourceId())) {
                    visit(page, path);
                    found.put(checker + " " + path + " @" + width, problems(page));
                }
                page.close();
            }
            try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, width > 500 ? 900 : 844))) {
                Page page = signIn(context, admin, TestAccounts.PASSWORD);
                for (String path : List.of("/review", "/review/reasons", "/tags", "/exports", "/admin/users", "/profile", "/articles/" + article.id(),
                        "/sources/" + a.sourceId())) {
                    visit(page, path);
                    found.put("admin " + path + " @" + width, problems(page));
                }
            }
        }
        List<String> all = new ArrayList<>();
        found.forEach((where, violations) -> violations.forEach(v -> all.add(where + ": " + v)));
        assertThat(all).as("serious or critical axe-core violations, or components missing from the bundle").isEmpty();
    }

    /** axe-core's serious findings, and any component the production bundle lacks. */
    private static List<String> problems(Page page) {
        List<String> all = new ArrayList<>(Axe.seriousViolations(page));
        all.addAll(Axe.undefinedElements(page));
        return all;
    }

    private void visit(Page page, String path) {
        page.navigate(url(path));
        page.waitForLoadState();
        assertThat(page.locator("vaadin-app-layout")).isVisible( // a page's first load on a busy machine may take a while
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        if (path.matches("/articles/\\d+")) {
            assertThat(page.locator("credence-text[data-ready]")).isAttached(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsAttachedOptions().setTimeout(15_000));
        }
        page.waitForTimeout(300);
    }
}
