package com.credence.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An end-to-end test class: one Chromium for all its tests, and signing in through the real form. */
abstract class BrowserCase {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        // Playwright's assertions wait up to 5 s by default; on two busy cores (CI runs two browsers and two
        // applications at once) a page sometimes needs longer. A passing assertion returns as soon as it holds.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Waits until Vaadin has no request to the server under way (as TestBench does): after a click whose
     * answer re-renders what the test acts on next, so that the test does not focus an element the answer
     * is about to replace.
     */
    static void settle(Page page) {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /**
     * Follows a link with the keyboard alone: focus, then Enter, until the address is the one expected. An
     * answer from the server that renders the link again can take the focus away between the two; a
     * person would press again, and so does this (three times at most).
     */
    static void followByKeyboard(Page page, com.microsoft.playwright.Locator link, String urlGlob) {
        for (int attempt = 1; ; attempt++) {
            settle(page);
            link.focus();
            assertThat(link).isFocused();
            page.keyboard().press("Enter");
            try {
                page.waitForURL(urlGlob, new Page.WaitForURLOptions().setTimeout(10_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError stayed) {
                if (attempt == 3) {
                    throw stayed;
                }
            }
        }
    }

    /** Opens the sign-in page, signs in, and waits for the landing page. */
    Page signIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator(".greeting")).containsText(username);
        return page;
    }
}
