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
