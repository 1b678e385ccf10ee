package com.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages and the API send headers that keep them out of frames, keep addresses from leaking and switch off what they never use. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    @Test
    void theSignInPageAndTheApiCarryTheProtectiveHeaders() {
        ApiClient api = new ApiClient(port);
        String user = accounts.create("headers", Roles.FACT_CHECKER).username();
        // pages behind the sign-in (here the redirect to it) and the API; the sign-in page itself Vaadin serves
        // outside the filter chain (with its own X-Frame-Options SAMEORIGIN), which is left for the hardening issue
        for (HttpResponse<String> r : java.util.List.of(api.get("/"), api.get("/review"), api.get("/VAADIN/missing"), api.get("/api/me", user, TestAccounts.PASSWORD),
                api.get("/api/me"))) {
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).as(r.uri().toString())
                    .contains("frame-ancestors 'none'", "object-src 'none'");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(r.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()");
            // a session id never travels in an address
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
        }
    }

    @Test
    void theSignInPageToo() {
        HttpResponse<String> login = new ApiClient(port).get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().map()).as("headers of /login").containsKey("content-security-policy");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void aForgedHostIsNotReflectedInRedirects() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /review HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            assertThat(head).startsWith("HTTP/1.1 302");
            assertThat(head.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst().orElse(""))
                    .doesNotContain("evil.example");
        }
    }
}
