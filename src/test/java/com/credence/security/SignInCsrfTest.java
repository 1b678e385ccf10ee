package com.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login CSRF: a sign-in that a browser says was posted from another site (Origin, Sec-Fetch-Site) is
 * refused with 403 before any password is checked, token or not; one from our own page goes through.
 */
@IntegrationTest
class SignInCsrfTest {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    /** A browser of its own (cookies kept) that has opened the sign-in page: its CSRF token. */
    private record Browser(HttpClient http, String token) {
    }

    private Browser browser() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the sign-in page carries its CSRF token").isTrue();
        return new Browser(http, m.group(1));
    }

    private HttpResponse<String> signIn(Browser b, String user, String token, String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + (token == null ? "" : "&_csrf=" + token);
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return b.http().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> r) {
        return URI.create(r.headers().firstValue("Location").orElse("/none")).getPath();
    }

    @Test
    void aSignInWithoutThePagesTokenOrFromAnotherSiteIsRefusedAndOneFromOurPageSignsIn() throws Exception {
        String user = accounts.create("csrf-victim", Roles.FACT_CHECKER).username();
        // a form on another site (no token, the browser names the other origin): refused, not signed in
        for (String[] foreign : new String[][] {{"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"}}) {
            HttpResponse<String> forged = signIn(browser(), user, null, foreign);
            assertThat(forged.statusCode()).as(String.join(": ", foreign)).isEqualTo(403);
            assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        }
        // even with a token, when the browser says the post came from another site: refused before any password check
        for (String[] foreign : new String[][] {{"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"},
                {"Origin", "http://localhost:" + (port + 1)}, {"Origin", "null"}, {"Sec-Fetch-Site", "same-site"}}) {
            Browser b = browser();
            assertThat(signIn(b, user, b.token(), foreign).statusCode()).as(String.join(": ", foreign)).isEqualTo(403);
        }
        // from our own sign-in page, as a browser sends it
        Browser ours = browser();
        HttpResponse<String> signedIn = signIn(ours, user, ours.token(), "Origin", "http://localhost:" + port, "Sec-Fetch-Site",
                "same-origin");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).isEqualTo("/");
    }
}
