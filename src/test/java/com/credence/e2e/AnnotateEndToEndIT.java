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
import com.credence.security.Roles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annotating journey in real Chromium: click, drag, keys, reload, and a second browser watching. The cases where
 * people act at once, live updates and undo run on PostgreSQL too; those about the page alone are tagged
 * {@link IntegrationTest#PAGE} and run in the H2 pass only.
 */
@IntegrationTest
class AnnotateEndToEndIT extends BrowserCase {

    static final String TEXT = """
            Bridge closure extended

            The council said the bridge would stay shut. Engineers called the damage “extensive, not cosmetic.” \
            The closure is reportedly costing traders 40,000 euros a week.

            Café owners 😀 complained on Monday. Олег Петров, a resident, said nobody had warned them. \
            東京 officials offered help. Residents measured the x̄ level twice.""";

    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;

    String user;
    ArticleDetail article;

    @BeforeEach
    void article() {
        user = accounts.create("e2e-annotator", Roles.FACT_CHECKER).username();
        accounts.signInAs(user);
        article = articleImport.importArticle(new ImportSource.Pasted(TEXT + "\n\nRef " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Bridge closure extended", "The Courier", null, null, null), true);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private Page open(BrowserContext context, String username) {
        Page page = signIn(context, username, TestAccounts.PASSWORD);
        page.navigate(url("/articles/" + article.id()));
        assertThat(page.locator("credence-text[data-ready]")).isAttached();
        return page;
    }

    private static Locator sentence(Page page, String startsWith) {
        return page.locator("credence-text .ct-s", new Page.LocatorOptions().setHasText(startsWith)).first();
    }

    private List<AnnotationView> stored() {
        accounts.signInAs(user);
        return annotations.forArticle(article.id());
    }

    /** The text each range of a tag's highlight covers, as the browser paints it (sorted). */
    @SuppressWarnings("unchecked")
    private static List<String> highlighted(Page page, String tag) {
        return ((List<String>) page.evaluate("""
                name => [...(CSS.highlights.get(name) ?? [])].map(r => {
                  const live = document.createRange();
                  live.setStart(r.startContainer, r.startOffset);
                  live.setEnd(r.endContainer, r.endOffset);
                  return live.toString();
                }).sort()""", "ct-" + tag)).stream().toList();
    }

    private void awaitCount(Page page, int n) {
        assertThat(page.locator("credence-text")).hasAttribute("data-annotations", String.valueOf(n));
    }

    @Test
    @Tag(IntegrationTest.PAGE)
    void clickASentenceTagItFromTheToolbarDragASpanTagItWithAKeyAndReload() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = open(context, user);

            sentence(page, "Engineers called").click();
            page.locator("credence-text .ct-toolbar .ct-tag[data-tag=contested]").click();
            awaitCount(page, 1);
            assertThat(stored()).singleElement().satisfies(a -> {
                assertThat(a.quote()).isEqualTo("Engineers called the damage “extensive, not cosmetic.”");
                assertThat(a.tag()).isEqualTo("contested");
            });

            // Drag from the middle of "reportedly" to the middle of "costing": snapped to whole words.
            dragWithin(sentence(page, "The closure is reportedly"), "reportedly", 4, "costing", 3);
            page.keyboard().press("1");
            awaitCount(page, 2);
            assertThat(stored()).extracting(AnnotationView::quote).contains("reportedly costing");

            // A word after an emoji, in Cyrillic and in Japanese: offsets are UTF-16 indices the server agrees with.
            dragWithin(sentence(page, "Café owners"), "complained", 2, "complained", 8);
            page.keyboard().press("2");
            awaitCount(page, 3);
            dragWithin(sentence(page, "Олег"), "Олег", 1, "Петров", 3);
            page.keyboard().press("2");
            awaitCount(page, 4);
            sentence(page, "東京").click();
            page.keyboard().press("3");
            awaitCount(page, 5);
            // a letter with a combining mark that has no precomposed form stays two UTF-16 units
            dragWithin(sentence(page, "Residents measured"), "the x", 1, "level", 2);
            page.keyboard().press("1");
            awaitCount(page, 6);
            assertThat(stored()).extracting(AnnotationView::quote).contains("the x\u0304 level");
            assertThat(stored()).extracting(AnnotationView::quote)
                    .contains("complained", "Олег Петров", "東京 officials offered help.");
            AnnotationView complained = stored().stream().filter(a -> a.quote().equals("complained")).findFirst().orElseThrow();
            assertThat(article.text().substring(complained.start(), complained.end())).isEqualTo("complained");

            // the highlights cover exactly the tagged words (static ranges: the page never moves the text under them)
            List<String> attributed = List.of("complained", "Олег Петров");
            assertThat(highlighted(page, "attributed")).containsExactlyElementsOf(attributed);
            assertThat(highlighted(page, "reported")).containsExactly("reportedly costing", "the x\u0304 level");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("annotate-highlights")));
            page.reload();
            assertThat(page.locator("credence-text[data-ready]")).isAttached();
            awaitCount(page, 6);
            assertThat(highlighted(page, "attributed")).containsExactlyElementsOf(attributed);
            assertThat(page.locator(".annotation-item")).hasCount(6);
            assertThat(page.locator(".annotation-item").first()).containsText("Engineers called the damage");
        }
    }

    @Test
    @Tag(IntegrationTest.PAGE)
    void threeSentencesTaggedWithTheKeyboardAlone() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = open(context, user);
            page.locator("body").press("j"); // sentence 0: the headline
            page.keyboard().press("j");      // sentence 1
            page.keyboard().press("2");
            awaitCount(page, 1);
            page.keyboard().press("j");
            page.keyboard().press("3");
            awaitCount(page, 2);
            page.keyboard().press("ArrowDown");
            page.keyboard().press("1");
            awaitCount(page, 3);
            assertThat(stored()).extracting(AnnotationView::tag).containsExactly("attributed", "contested", "reported");
            assertThat(stored()).extracting(AnnotationView::quote).containsExactly("The council said the bridge would stay shut.",
                    "Engineers called the damage “extensive, not cosmetic.”",
                    "The closure is reportedly costing traders 40,000 euros a week.");

            page.keyboard().press("k");
            page.keyboard().press("Enter");
            assertThat(page.locator("#annotation-form")).isVisible();
            assertThat(page.locator("#annotation-form")).containsText("Engineers called the damage");

            page.keyboard().press("Escape"); // closes the form and hands the keys back to the text
            assertThat(page.locator("#annotation-form")).isHidden();
            page.keyboard().press("j");
            page.keyboard().press("Delete");
            page.keyboard().press("Delete");
            awaitCount(page, 2);
            page.locator("#undo-delete").click();
            awaitCount(page, 3);

            page.keyboard().press("?");
            assertThat(page.locator("credence-text .ct-help")).isVisible();
            assertThat(page.locator("credence-text .ct-help")).containsText("Next sentence");
            page.keyboard().press("Escape");
            assertThat(page.locator("credence-text .ct-help")).isHidden();
        }
    }

    @Test
    void aSecondBrowserSeesNewAnnotationsWithoutReload() {
        String other = accounts.create("e2e-watcher", Roles.EDITOR).username();
        try (BrowserContext first = chromium.browser().newContext(); BrowserContext second = chromium.browser().newContext()) {
            Page writer = open(first, user);
            Page watcher = open(second, other);
            awaitCount(watcher, 0);
            // each sees who else has the article open
            assertThat(writer.locator("#presence")).hasAttribute("data-users", other);
            assertThat(watcher.locator("#presence")).hasAttribute("data-users", user);
            assertThat(writer.locator("#presence")).hasAttribute("aria-label", "Also on this article now: " + other);

            sentence(writer, "The council said").click();
            writer.keyboard().press("2");
            awaitCount(writer, 1);
            awaitCount(watcher, 1);
            assertThat(watcher.locator(".annotation-item")).containsText("The council said the bridge would stay shut.");

            // and a change to its form shows up too
            writer.locator(".annotation-item").first().click();
            writer.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Source")).fill("Lanmouth City Council");
            writer.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Source")).press("Enter");
            assertThat(writer.locator("#save-state")).containsText("Saved");
            assertThat(watcher.locator(".annotation-item")).containsText("Source: Lanmouth City Council");
        }
    }

    @Test
    @Tag(IntegrationTest.PAGE)
    void shiftClickExtendsFiltersNarrowTheListAndAConflictIsPickedInTheText() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = open(context, user);
            sentence(page, "The council said").click();
            sentence(page, "The closure is").click(new Locator.ClickOptions().setModifiers(
                    List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
            page.keyboard().press("3");
            awaitCount(page, 1);
            assertThat(stored()).singleElement().extracting(AnnotationView::quote).isEqualTo(
                    "The council said the bridge would stay shut. Engineers called the damage “extensive, not cosmetic.” "
                            + "The closure is reportedly costing traders 40,000 euros a week.");
            sentence(page, "Café owners").click();
            page.keyboard().press("1");
            awaitCount(page, 2);

            choose(page, page.locator(".filters vaadin-select").first(), "Contested");
            assertThat(page.locator(".annotation-item:visible")).hasCount(1);
            assertThat(page.locator(".annotation-item:visible")).containsText("Contested");
            choose(page, page.locator(".filters vaadin-select").first(), "All tags");
            assertThat(page.locator(".annotation-item:visible")).hasCount(2);

            page.locator(".annotation-item", new Page.LocatorOptions().setHasText("Café owners")).click();
            // picking shows a banner until done; one Esc leaves picking and keeps the form
            page.locator("#pick-conflict").click();
            assertThat(page.locator("#pick-banner")).isVisible();
            assertThat(page.locator("credence-text")).hasClass(java.util.regex.Pattern.compile(".*ct-picking.*"));
            page.keyboard().press("Escape");
            assertThat(page.locator("#pick-banner")).isHidden();
            assertThat(page.locator("#annotation-form")).isVisible();
            assertThat(page.locator("credence-text")).not().hasClass(java.util.regex.Pattern.compile(".*ct-picking.*"));
            page.locator("#pick-conflict").click();
            assertThat(page.locator("#pick-banner")).isVisible();
            sentence(page, "Engineers called").click();
            assertThat(page.locator("#pick-banner")).isHidden();
            assertThat(page.locator("#save-state")).containsText("Saved");
            AnnotationView contested = stored().stream().filter(a -> a.tag().equals("contested")).findFirst().orElseThrow();
            AnnotationView reported = stored().stream().filter(a -> a.tag().equals("reported")).findFirst().orElseThrow();
            assertThat(reported.conflictsWith()).isEqualTo(contested.id());
        }
    }

    /**
     * Picks an option of a Vaadin select. A click on the select while its last overlay is still closing
     * toggles it shut again, so it waits for every select overlay to be gone first and, should the list
     * still not show, opens it once more.
     */
    private static void choose(Page page, Locator select, String option) {
        Locator item = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option));
        for (int attempt = 0; ; attempt++) {
            assertThat(page.locator("vaadin-select[opened]")).hasCount(0);
            select.click();
            try {
                item.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                break;
            } catch (com.microsoft.playwright.TimeoutError notOpen) {
                if (attempt == 2) {
                    throw notOpen;
                }
                page.keyboard().press("Escape");
            }
        }
        item.click(new Locator.ClickOptions().setForce(true));
        assertThat(page.locator("vaadin-select[opened]")).hasCount(0);
    }

    /** Drags from the n-th character of one word to the m-th character of another, inside one sentence. */
    @Test
    void twoPeopleAndASecondTabPressingKeysOnOneSentenceAtOnceEachKeepTheirOwn() {
        String other = accounts.create("e2e-second", Roles.FACT_CHECKER).username();
        String whole = "The council said the bridge would stay shut.";
        try (BrowserContext first = chromium.browser().newContext(); BrowserContext second = chromium.browser().newContext();
                BrowserContext third = chromium.browser().newContext()) {
            Page mine = open(first, user);
            Page theirs = open(second, other);
            Page myOtherTab = open(third, user);
            for (Page p : List.of(mine, theirs, myOtherTab)) {
                sentence(p, "The council said").click();
            }
            // three keys on one sentence, none waiting for an answer: my two tabs the same key, the colleague another
            mine.keyboard().press("1");
            theirs.keyboard().press("3");
            myOtherTab.keyboard().press("1");
            for (Page p : List.of(mine, theirs, myOtherTab)) {
                awaitCount(p, 2); // mine once (no twin from the second tab) and the colleague's, in every browser
            }
            List<AnnotationView> both = stored();
            assertThat(both).extracting(AnnotationView::author, AnnotationView::tag, AnnotationView::quote).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(user, "reported", whole), org.assertj.core.groups.Tuple.tuple(other, "contested", whole));

            // both change their own at once: each key changes its presser's annotation, never the other's, and makes none
            mine.keyboard().press("2");
            theirs.keyboard().press("2");
            for (Page p : List.of(mine, theirs, myOtherTab)) {
                assertThat(p.locator(".annotation-item", new Page.LocatorOptions().setHasText("Attributed"))).hasCount(2);
                awaitCount(p, 2);
            }
            List<AnnotationView> after = stored();
            assertThat(after).extracting(AnnotationView::id).containsExactlyInAnyOrderElementsOf(both.stream().map(AnnotationView::id).toList());
            assertThat(after).allSatisfy(a -> {
                assertThat(a.tag()).isEqualTo("attributed");
                assertThat(annotations.history(a.id())).hasSize(2); // made, then its tag changed: one entry each
            });
            // and the sentence tells a screen reader about both, in each browser
            for (Page p : List.of(mine, theirs)) {
                assertThat(sentence(p, "The council said")).hasAttribute("aria-description",
                        java.util.regex.Pattern.compile("Marked: .*Attributed by (" + user + "|" + other + ")"
                                + ".*; Attributed by (" + user + "|" + other + ")"));
            }
        }
    }

    @Test
    @Tag(IntegrationTest.PAGE)
    void bidiControlsInArticleTextStayInsideTheirSentence() {
        // an article whose title and sentence carry a right-to-left override (U+202E) that is never closed
        ArticleDetail tricky = articleImport.importArticle(new ImportSource.Pasted("Reversed \u202Etext here. And the next one stays "
                + UUID.randomUUID() + ".", ImportFormat.TEXT), new ArticleMetadata("Tricky \u202Etitle", null, null, null, null), true);
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = signIn(context, user, TestAccounts.PASSWORD);
            page.navigate(url("/articles/" + tricky.id()));
            assertThat(page.locator("credence-text[data-ready]")).isAttached();
            // kept as imported, and isolated: the override acts inside its sentence and its title only
            assertThat(sentence(page, "Reversed")).containsText("\u202E");
            for (Locator l : List.of(sentence(page, "Reversed"), sentence(page, "And the next"), page.locator("h1.article-title"))) {
                assertThat(l.evaluate("e => getComputedStyle(e).unicodeBidi")).isEqualTo("isolate");
            }
        }
    }

    @Test
    void aTagKeyPressedTwiceMakesOneAnnotation() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = open(context, user);
            sentence(page, "The council said").click();
            page.keyboard().press("1");
            page.keyboard().press("1");
            awaitCount(page, 1);
            // and once more after the first one was confirmed: the server answers with the same annotation
            sentence(page, "The council said").click();
            page.keyboard().press("1");
            page.waitForTimeout(500);
            awaitCount(page, 1);
            assertThat(stored()).singleElement().satisfies(a -> assertThat(a.tag()).isEqualTo("reported"));
            assertThat(page.locator(".annotation-list .annotation-item:visible")).hasCount(1);
        }
    }

    @Test
    void readingOnToAnotherArticleInPlaceShowsOnlyThatArticleAndHearsOnlyIt() {
        accounts.signInAs(user);
        annotations.create(article.id(), com.credence.annotation.AnnotationDraft.tagging(
                article.text().indexOf("The council"), article.text().indexOf(" the bridge"), "attributed"));
        ArticleDetail next = articleImport.importArticle(new ImportSource.Pasted(
                "Ferry fares rise in spring. The operator blamed fuel costs.\n\nRef " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Ferry fares rise", "The Courier", null, null, null), true);
        annotations.create(next.id(), com.credence.annotation.AnnotationDraft.tagging(0, 16, "reported"));
        String colleague = accounts.create("e2e-colleague", Roles.FACT_CHECKER).username();

        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = open(context, user);
            Locator text = page.locator("credence-text");
            Locator items = page.locator(".annotation-list .annotation-item:visible .item-quote");
            assertThat(items).hasText(new String[] {"“The council said”"});
            sentence(page, "Engineers called").click();

            // the stylesheet (a static resource, no bundle) is applied
            assertThat(page.locator(".article-title")).hasCSS("font-family", java.util.regex.Pattern.compile(".*Georgia.*"));
            page.locator("#next-article").click();
            assertThat(page.locator(".article-title")).hasText("Ferry fares rise");
            assertThat(text).hasAttribute("data-loads", "2");
            assertThat(text).hasAttribute("data-annotations", "1");
            assertThat(text).not().hasAttribute("data-sel-start", java.util.regex.Pattern.compile(".*"));
            assertThat(items).hasText(new String[] {"“Ferry fares rise”"});
            assertThat(page.locator("credence-text .ct-s", new Page.LocatorOptions().setHasText("Engineers"))).hasCount(0);
            Locator authorChoices = page.locator(".filters vaadin-select").nth(1).locator("vaadin-select-item");
            assertThat(authorChoices.filter(new Locator.FilterOptions().setHasText(colleague))).hasCount(0);

            // a change on the first article is not pushed here any more; one on this article is
            accounts.signInAs(colleague);
            annotations.create(article.id(), com.credence.annotation.AnnotationDraft.tagging(
                    article.text().indexOf("Engineers"), article.text().indexOf(" called"), "contested"));
            annotations.create(next.id(), com.credence.annotation.AnnotationDraft.tagging(
                    next.text().indexOf("The operator"), next.text().indexOf(" blamed"), "attributed"));
            awaitCount(page, 2);
            page.waitForTimeout(500);
            awaitCount(page, 2);
            assertThat(items).hasText(new String[] {"“Ferry fares rise”", "“The operator”"});
            // the colleague, new on this article, is among the authors to filter by
            assertThat(authorChoices.filter(new Locator.FilterOptions().setHasText(colleague))).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("article-next-in-place")));

            page.goBack();
            assertThat(page.locator(".article-title")).hasText("Bridge closure extended");
            assertThat(text).hasAttribute("data-loads", "3");
            awaitCount(page, 2);
            assertThat(items).hasText(new String[] {"“The council said”", "“Engineers”"});
            page.goForward();
            assertThat(page.locator(".article-title")).hasText("Ferry fares rise");
            awaitCount(page, 2);
        }
    }

    @Test
    void aColleaguesSaveNeverOverwritesWhatIAmTypingAndEvidenceIsCheckedLineByLine() {
        String editor = accounts.create("e2e-colleague", Roles.EDITOR).username();
        int start = article.text().indexOf("The council said");
        AnnotationView a = annotations.create(article.id(), AnnotationDraft.tagging(start, article.text().indexOf(" Engineers"), "attributed"));
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = open(context, user);
            page.locator(".annotation-item[data-id='" + a.id() + "']").click();
            Locator note = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Note"));
            note.click();
            page.keyboard().type("Checked the minutes of the meeting");
            page.waitForTimeout(400); // the typing has reached the server as unsaved text, nothing saved yet

            // meanwhile an editor saves the cue and the note of the same annotation
            accounts.signInAs(editor);
            AnnotationView current = annotations.get(a.id());
            annotations.update(a.id(), current.version(), new AnnotationDraft(current.start(), current.end(), "attributed", null,
                    "said", "Editor's note", List.of(), null));
            TestAccounts.signOut();

            Locator cue = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Cue"));
            assertThat(cue).hasValue("said"); // a field I had not touched takes their value
            assertThat(note).hasValue("Checked the minutes of the meeting"); // mine is kept
            Locator bar = page.locator(".remote-change[data-field='Note']");
            assertThat(bar).containsText("Note changed by " + editor);
            assertThat(bar).containsText("Editor's note");
            bar.locator(".keep-mine").click();
            assertThat(bar).hasCount(0);
            assertThat(page.locator("#save-state")).containsText("Saved");
            accounts.signInAs(user);
            AnnotationView saved = annotations.get(a.id());
            assertThat(saved.note()).isEqualTo("Checked the minutes of the meeting");
            assertThat(saved.cue()).isEqualTo("said");

            // evidence: the good lines are saved, the bad one stays in the field with its reason
            Locator evidence = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Evidence links"));
            evidence.fill("https://example.org/minutes\nnot a link\nhttps://example.org/letter");
            page.keyboard().press("Tab");
            assertThat(page.locator("#save-state")).containsText("one evidence line to fix");
            assertThat(page.locator("vaadin-text-area").filter(new Locator.FilterOptions().setHasText("Line 2")))
                    .hasAttribute("invalid", "");
            assertThat(evidence).hasValue("https://example.org/minutes\nnot a link\nhttps://example.org/letter");
            accounts.signInAs(user);
            assertThat(annotations.get(a.id()).evidence()).containsExactly("https://example.org/minutes", "https://example.org/letter");
        }
    }

    @Test
    @Tag(IntegrationTest.PAGE)
    void onAPhoneATapSelectsTheToolbarTagsAndTheAnnotationsSlideUpAndTheListWorksByKeys() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setHasTouch(true).setIsMobile(true))) {
            Page page = open(context, user);
            sentence(page, "The council said").tap();
            Locator bar = page.locator("credence-text .ct-toolbar");
            assertThat(bar).isVisible();
            BoundingBox box = bar.boundingBox();
            assertThat(box.x).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).isLessThanOrEqualTo(390);
            assertThat(box.y).isGreaterThanOrEqualTo(0);
            bar.locator(".ct-tag[data-tag=contested]").tap();
            awaitCount(page, 1);
            sentence(page, "Café owners").tap();
            page.locator("credence-text .ct-toolbar .ct-tag[data-tag=reported]").tap();
            awaitCount(page, 2);

            // the annotations are a sheet below the text, opened from the button at the bottom
            assertThat(page.locator("#annotation-panel")).isHidden();
            page.locator("#panel-toggle").tap();
            assertThat(page.locator("#annotation-panel")).isVisible();
            assertThat(page.locator("#panel-toggle")).hasAttribute("aria-expanded", "true");
            assertThat(page.locator(".annotation-item").first()).containsText("Contested");
            page.waitForTimeout(400);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("annotate-phone")));

            // the list by keys: arrows move between items, Enter opens one
            // one item in the Tab order (the first); the arrows move it, and End and Home go to either end
            assertThat(page.locator(".annotation-item[tabindex='0']")).hasCount(1);
            page.locator(".annotation-item").first().focus();
            page.keyboard().press("ArrowDown");
            assertThat(page.locator(".annotation-item").nth(1)).isFocused();
            assertThat(page.locator(".annotation-item").nth(1)).hasAttribute("tabindex", "0");
            assertThat(page.locator(".annotation-item").first()).hasAttribute("tabindex", "-1");
            page.keyboard().press("Home");
            assertThat(page.locator(".annotation-item").first()).isFocused();
            page.keyboard().press("End");
            assertThat(page.locator(".annotation-item").last()).isFocused();
            page.keyboard().press("ArrowUp");
            assertThat(page.locator(".annotation-item").first()).isFocused();
            page.keyboard().press("ArrowDown");
            assertThat(page.locator(".annotation-item").nth(1)).isFocused();
            page.keyboard().press("Enter");
            assertThat(page.locator("#annotation-form")).isVisible();
            assertThat(page.locator("#annotation-form")).containsText("Café owners");
        }
    }

    private AnnotationView storedWith(String quote) {
        return stored().stream().filter(a -> a.quote().equals(quote)).findFirst().orElseThrow();
    }

    @Test
    void tagKeysChangeMyAnnotationTabPicksOneOfSeveralAndCtrlZTakesBackEachStep() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = open(context, user);
            Locator text = page.locator("credence-text");
            String whole = "The council said the bridge would stay shut.";
            assertThat(page.locator("#empty-hint")).containsText("Nothing marked yet"); // an empty panel says how to start
            // the text opens with the headline, so the headline is shown once (the h1 stays for screen readers)
            assertThat(page.locator("h1.article-title")).hasClass(java.util.regex.Pattern.compile(".*visually-hidden.*"));
            assertThat(page.locator("credence-text")).hasClass(java.util.regex.Pattern.compile(".*title-first.*"));
            sentence(page, "The council said").click();
            page.keyboard().press("1");
            awaitCount(page, 1);
            assertThat(page.locator("#empty-hint")).isHidden();
            // another key on the same sentence changes my annotation's tag: no twin
            page.keyboard().press("2");
            assertThat(page.locator(".annotation-item").first()).containsText("Attributed");
            page.keyboard().press("2");
            page.waitForTimeout(300);
            awaitCount(page, 1);
            AnnotationView outer = storedWith(whole);
            assertThat(outer.tag()).isEqualTo("attributed");
            assertThat(annotations.history(outer.id())).hasSize(2);

            // a nested annotation inside it
            dragWithin(sentence(page, "The council said"), "bridge", 1, "shut", 2);
            page.keyboard().press("3");
            awaitCount(page, 2);
            AnnotationView nested = storedWith("bridge would stay shut");

            // Tab steps through the two on the focused sentence, in text order; keys act on the outlined one
            page.keyboard().press("Escape");
            page.keyboard().press("Tab");
            assertThat(text).hasAttribute("data-current", String.valueOf(outer.id()));
            page.keyboard().press("Tab");
            assertThat(text).hasAttribute("data-current", String.valueOf(nested.id()));
            assertThat(page.locator("credence-text .ct-live")).containsText("Contested");
            page.keyboard().press("1");
            assertThat(page.locator(".annotation-item[data-id='" + nested.id() + "']"))
                    .containsText("Reported");
            assertThat(storedWith(whole).tag()).isEqualTo("attributed");
            page.keyboard().press("Delete");
            awaitCount(page, 1);
            assertThat(stored()).extracting(AnnotationView::id).containsExactly(outer.id());

            // Ctrl+Z, step by step: the delete (restored, same id), the tag change, the new annotation, the first change, the first tag
            page.keyboard().press("Control+z");
            awaitCount(page, 2);
            assertThat(storedWith("bridge would stay shut").id()).isEqualTo(nested.id());
            page.keyboard().press("Control+z");
            assertThat(page.locator(".annotation-item[data-id='" + nested.id() + "']"))
                    .containsText("Contested");
            page.keyboard().press("Control+z");
            awaitCount(page, 1);
            page.keyboard().press("Control+z");
            assertThat(page.locator(".annotation-item").first()).containsText("Reported");
            assertThat(stored()).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo(outer.id());
                assertThat(a.tag()).isEqualTo("reported");
            });
            // and the first tag itself
            page.keyboard().press("Control+z");
            awaitCount(page, 0);
            assertThat(page.locator("#empty-hint")).isVisible();
            page.keyboard().press("Control+z");
            assertThat(page.locator("credence-text .ct-live")).containsText("Nothing to undo");
        }
    }

    private static void dragWithin(Locator sentence, String fromWord, int fromChar, String toWord, int toChar) {
        double[] from = charPosition(sentence, fromWord, fromChar);
        double[] to = charPosition(sentence, toWord, toChar);
        Page page = sentence.page();
        page.mouse().move(from[0], from[1]);
        page.mouse().down();
        page.mouse().move(to[0], to[1], new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
    }

    private static double[] charPosition(Locator sentence, String word, int index) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) sentence.evaluate("""
                (el, [word, index]) => {
                  const node = el.firstChild;
                  const at = node.data.indexOf(word) + index;
                  const r = document.createRange();
                  r.setStart(node, at);
                  r.setEnd(node, at + 1);
                  const box = r.getBoundingClientRect();
                  return [box.left + box.width / 2, box.top + box.height / 2];
                }""", List.of(word, index));
        return new double[] {xy.get(0).doubleValue(), xy.get(1).doubleValue()};
    }
}
