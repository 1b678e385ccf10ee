package com.credence.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin creates a user in the browser; that user can sign in at once, and sees no admin pages. */
@IntegrationTest
@org.junit.jupiter.api.Tag(IntegrationTest.PAGE)
class AdminEndToEndIT extends BrowserCase {

    @Autowired
    TestAccounts accounts;

    @Test
    void adminCreatesAUserWhoCanSignIn() {
        String admin = accounts.create("e2e-admin", Roles.ADMIN).username();
        Browser.NewContextOptions size = new Browser.NewContextOptions().setViewportSize(1280, 800);
        try (BrowserContext context = chromium.browser().newContext(size)) {
            Page page = signIn(context, admin, TestAccounts.PASSWORD);
            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")).click();
            assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));

            page.locator("#new-user").click();
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username")).fill("browser-made");
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Display name")).fill("Bea Browser");
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill("made-in-chromium");
            page.locator("#create-user").click();

            assertThat(page.locator("vaadin-grid")).containsText("Bea Browser");
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
            page.waitForTimeout(400); // let the closing animation finish before the screenshot
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-users")));
        }
        try (BrowserContext context = chromium.browser().newContext(size)) {
            Page page = signIn(context, "browser-made", "made-in-chromium");
            assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
            org.assertj.core.api.Assertions.assertThat(page.locator("vaadin-side-nav-item").allInnerTexts())
                    .extracting(String::strip).containsExactly("Home", "My work", "Articles", "Sources", "Import");
            page.navigate("http://localhost:" + port + "/admin/users");
            assertThat(page.locator("vaadin-grid")).hasCount(0);
        }
    }
}
