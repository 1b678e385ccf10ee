package com.credence.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import com.credence.security.UserAdministration;
import com.credence.security.UserSummary;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rights end at once: when an admin disables an account or takes a role away, that user's open pages
 * go to the sign-in page within moments (over the push connection, no click needed), and signing in
 * again gets the rights as they are now.
 */
@IntegrationTest
class RightsEndIT extends BrowserCase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdministration administration;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aDemotedEditorLosesTheEditorsPagesAndADisabledUserIsSignedOut() {
        UserSummary editor = accounts.create("ends-editor", Roles.EDITOR);
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, editor.username(), TestAccounts.PASSWORD);
            page.navigate(url("/review"));
            assertThat(page.locator("vaadin-app-layout")).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/review$"));

            accounts.asSystemAdmin(() -> administration.update(editor.id(), editor.displayName(), Set.of(Roles.FACT_CHECKER)));
            assertThat(page).hasURL(Pattern.compile(".*/login\\?ended$"), new PageAssertions.HasURLOptions().setTimeout(3_000));
            assertThat(page.locator("vaadin-login-form")).containsText("session ended");

            // signed in again: a fact-checker now, without the review queue
            page.locator("input[name=username]").fill(editor.username());
            page.locator("input[name=password]").fill(TestAccounts.PASSWORD);
            page.locator("vaadin-button").first().click();
            assertThat(page.locator(".greeting")).isVisible();
            assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Review queue"))).hasCount(0);

            accounts.asSystemAdmin(() -> administration.setEnabled(editor.id(), false));
            assertThat(page).hasURL(Pattern.compile(".*/login\\?ended$"), new PageAssertions.HasURLOptions().setTimeout(3_000));
            page.locator("input[name=username]").fill(editor.username());
            page.locator("input[name=password]").fill(TestAccounts.PASSWORD);
            page.locator("vaadin-button").first().click();
            assertThat(page.locator("vaadin-login-form")).containsText("Sign-in failed"); // the same words as a wrong password: the state is for the admin page
        }
    }
}
