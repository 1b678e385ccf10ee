package com.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Repeated failed sign-ins lock the account for a while (tests set 3 failures, 10 minutes). */
@IntegrationTest
class SignInLockTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdministration administration;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void apiSignInLocksAfterRepeatedFailuresUntilAnAdminUnlocks() {
        ApiClient api = new ApiClient(port);
        UserSummary user = accounts.create("target", Roles.FACT_CHECKER);

        assertThat(api.get("/api/me", user.username(), "wrong-1").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/me", user.username(), "wrong-2").statusCode()).isEqualTo(401);
        // Failures are counted in a row: a success in between starts the count again.
        assertThat(api.get("/api/me", user.username(), TestAccounts.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/me", user.username(), "wrong-3").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/me", user.username(), "wrong-4").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/me", user.username(), "wrong-5").statusCode()).isEqualTo(401);

        HttpResponse<String> locked = api.get("/api/me", user.username(), TestAccounts.PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("Sign-in failed").doesNotContain("locked"); // the state is the admin's to see
        assertThat(accounts.asSystemAdmin(() -> administration.get(user.id())).lockedUntil()).isNotNull();

        accounts.asSystemAdmin(() -> administration.unlock(user.id()));
        assertThat(api.get("/api/me", user.username(), TestAccounts.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void formSignInLocksToo() {
        ApiClient client = new ApiClient(port);
        UserSummary user = accounts.create("formuser", Roles.EDITOR);

        assertThat(formSignIn(client, user.username(), TestAccounts.PASSWORD)).doesNotContain("error");
        for (int i = 0; i < 3; i++) {
            assertThat(formSignIn(client, user.username(), "nope-" + i)).endsWith("/login?error");
        }
        assertThat(formSignIn(client, user.username(), TestAccounts.PASSWORD)).endsWith("/login?error");
        assertThat(accounts.asSystemAdmin(() -> administration.get(user.id())).lockedUntil()).isNotNull();
    }

    @Test
    void thirtyGuessesAtOnceWithTheRightPasswordAmongThemLeaveTheAccountLocked() throws Exception {
        ApiClient api = new ApiClient(port);
        UserSummary user = accounts.create("raced", Roles.FACT_CHECKER);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(30);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String password = i == 17 ? TestAccounts.PASSWORD : "guess-" + i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return api.get("/api/me", user.username(), password).statusCode();
                }));
            }
            go.countDown();
            int ok = 0;
            for (var answer : answers) {
                int status = answer.get();
                assertThat(status).isIn(200, 401); // failures answer 401, never a redirect or a 500
                ok += status == 200 ? 1 : 0;
            }
            assertThat(ok).isLessThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        // at least the limit of wrong guesses was checked, so the account is locked; the right password is refused now
        assertThat(accounts.asSystemAdmin(() -> administration.get(user.id())).lockedUntil()).isNotNull();
        HttpResponse<String> after = api.get("/api/me", user.username(), TestAccounts.PASSWORD);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains("Sign-in failed");
    }

    /** Posts the sign-in form as a browser does and returns where it redirects to. */
    private static String formSignIn(ApiClient client, String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(client.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
