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
import com.credence.source.SourceDraft;
import com.credence.source.SourceKind;
import com.credence.source.SourceService;
import com.credence.source.SourceView;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The source journey in real Chromium, by keyboard: tag a sentence, name its source through the form's
 * suggestions (an alias finds the entry), follow the link to the source's page and find the claim and its
 * counts there; then the sources list on a phone. axe-core finds nothing serious on either page.
 */
@IntegrationTest
class SourcesEndToEndIT extends BrowserCase {

    static final String TEXT = """
            Army says border calm

            The defence ministry said the border was calm on Sunday. Villagers reported shelling overnight.""";

    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;
    @Autowired
    SourceService sources;

    String user;
    String u;
    ArticleDetail article;
    SourceView mod;

    @BeforeEach
    void article() {
        user = accounts.create("e2e-sources", Roles.FACT_CHECKER).username();
        u = UUID.randomUUID().toString().substring(0, 6);
        accounts.signInAs(user);
        article = articleImport.importArticle(new ImportSource.Pasted(TEXT + "\n\nRef " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Army says border calm " + u, "The Courier", null, null, null), true);
        mod = sources.create(new SourceDraft("Ministry of Defence " + u, List.of("MoD " + u), SourceKind.GOVERNMENT, "GB", null, null));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void annotateWithASourceByKeyboardFollowItToItsPageAndListSourcesOnAPhone() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = signIn(context, user, TestAccounts.PASSWORD);
            page.navigate(url("/articles/" + article.id()));
            assertThat(page.locator("credence-text[data-ready]")).isAttached();
            page.locator("body").press("j"); // the headline
            page.keyboard().press("j");      // "The defence ministry said ..."
            page.keyboard().press("2");      // attributed
            assertThat(page.locator("credence-text")).hasAttribute("data-annotations", "1");
            page.keyboard().press("Enter");  // opens its form, the tag field focused
            assertThat(page.locator("#annotation-form")).isVisible();
            // the form takes the focus a round trip after it shows: Tab before that would leave from elsewhere
            page.waitForFunction("() => document.querySelector('#annotation-form')?.contains(document.activeElement)");
            page.keyboard().press("Tab");    // to the source field
            Locator source = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Source"));
            assertThat(source).isFocused();
            page.keyboard().type("mod " + u); // the alias, in another case
            Locator suggestion = page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Ministry of Defence " + u));
            assertThat(suggestion).isVisible();
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page.locator("#save-state")).containsText("Saved");
            assertThat(source).hasValue("Ministry of Defence " + u);
            Locator link = page.locator("#source-link");
            assertThat(link).hasText("Source page: Ministry of Defence " + u);
            List<AnnotationView> stored = annotations.forArticle(article.id());
            assertThat(stored).extracting(AnnotationView::sourceId).containsExactly(mod.id());

            followByKeyboard(page, link, "**/sources/" + mod.id());
            assertThat(page.locator("#source-name")).hasText("Ministry of Defence " + u);
            assertThat(page.locator("#source-counts [data-count=claims]")).containsText("1");
            assertThat(page.locator("#source-counts [data-count=attributed]")).containsText("1");
            assertThat(page.locator("#source-counts [data-count=pending]")).containsText("1");
            assertThat(page.locator("#source-claims")).containsText("Army says border calm " + u);
            assertThat(page.locator(".source-chart svg[role=img]")).isVisible();
            assertThat(page.locator(".chart-table")).containsText("Total");
            assertThat(problems(page)).as("axe on the source's page").isEmpty();
        }
        try (BrowserContext phone = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = signIn(phone, user, TestAccounts.PASSWORD);
            page.navigate(url("/sources"));
            assertThat(page.locator("#sources-grid")).isVisible();
            page.locator("#source-search input").focus();
            page.keyboard().type("defence " + u);
            assertThat(page.locator("#sources-grid")).containsText("Ministry of Defence " + u);
            Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
            assertThat(problems(page)).as("axe on the sources list at 390 px").isEmpty();
            // the grid keeps rows it no longer shows (hidden, with their old cells) after the search narrowed: the visible
            // one, once the grid has its answer. A row seen visible can still be hidden just after (the narrowed result
            // drawn into another row), and a click then waits on it for good: each try looks for the visible row anew.
            assertThat(page.locator("#sources-grid:not([loading])")).isAttached();
            Locator visibleLink = page.locator("#sources-grid a", new Page.LocatorOptions().setHasText("Ministry of Defence " + u))
                    .filter(new Locator.FilterOptions().setVisible(true));
            for (int attempt = 0; ; attempt++) {
                try {
                    visibleLink.first().click(new Locator.ClickOptions().setTimeout(3_000));
                    break;
                } catch (com.microsoft.playwright.TimeoutError e) {
                    if (attempt == 4) {
                        throw e;
                    }
                }
            }
            page.waitForURL("**/sources/" + mod.id());
            assertThat(problems(page)).as("axe on the source's page at 390 px").isEmpty();
        }
    }

    private static List<String> problems(Page page) {
        page.waitForTimeout(300);
        List<String> all = new ArrayList<>(Axe.seriousViolations(page));
        all.addAll(Axe.undefinedElements(page));
        return all;
    }
}
