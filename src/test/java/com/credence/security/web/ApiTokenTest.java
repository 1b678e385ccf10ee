package com.credence.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.ApiTokens;
import com.credence.security.Roles;
import com.credence.security.UserAdministration;
import com.credence.security.UserSummary;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Personal access tokens: Bearer beside Basic, shown once, stored hashed, scoped, expiring, revocable, checked every time. */
@IntegrationTest
class ApiTokenTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private HttpResponse<String> bearer(String method, String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return api.send(b.build());
    }

    private JsonNode make(String user, String name, String scope, Integer days) {
        Map<String, Object> body = days == null ? Map.of("name", name, "scope", scope) : Map.of("name", name, "scope", scope, "days", days);
        HttpResponse<String> r = api.send("POST", "/api/tokens", user, null, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndWorksAsBearerWithinItsScope() {
        String user = accounts.create("token-owner", Roles.FACT_CHECKER).username();
        JsonNode write = make(user, "import script", "WRITE", 30);
        String secret = write.get("secret").asString();
        long id = write.get("token").get("id").asLong();
        assertThat(secret).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);
        // only the hash is kept, and the listing never shows the token
        assertThat(jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, id)).isEqualTo(ApiTokens.hash(secret))
                .doesNotContain(secret);
        HttpResponse<String> listed = api.send("GET", "/api/tokens", user, null, null);
        assertThat(listed.body()).contains("import script").doesNotContain(secret);

        // Bearer beside Basic: who I am, and a write
        HttpResponse<String> me = bearer("GET", "/api/me", secret, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("username").asString()).isEqualTo(user);
        assertThat(bearer("POST", "/api/articles", secret, "{\"title\":\"By token\",\"text\":\"Made with a token. Really " + id + ".\"}")
                .statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", Timestamp.class, id)).isNotNull();

        // a read token reads and may not write
        String read = make(user, "dashboard", "READ", null).get("secret").asString();
        assertThat(bearer("GET", "/api/articles", read, null).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = bearer("POST", "/api/articles", read, "{\"title\":\"No\",\"text\":\"Not allowed. At all.\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // the token's owner's roles still bound it: a fact-checker's write token is no editor
        assertThat(bearer("GET", "/api/review/queue", secret, null).statusCode()).isEqualTo(403);

        // revoked: refused at once
        assertThat(api.send("DELETE", "/api/tokens/" + id, user, null, null).statusCode()).isEqualTo(200);
        assertThat(bearer("GET", "/api/me", secret, null).statusCode()).isEqualTo(401);
        // a made-up token, and one that is expired
        assertThat(bearer("GET", "/api/me", ApiTokens.PREFIX + "made-up", null).statusCode()).isEqualTo(401);
        jdbc.update("update api_token set expires_at = ? where name = 'dashboard' and username = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), user);
        assertThat(bearer("GET", "/api/me", read, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aDisabledOwnersTokensStopAndAdminsRevokeAnyonesButNobodyElseCan() {
        UserSummary owner = accounts.create("token-gone", Roles.EDITOR);
        String other = accounts.create("token-nosy", Roles.EDITOR).username();
        String admin = accounts.create("token-admin", Roles.ADMIN).username();
        JsonNode t = make(owner.username(), "nightly export", "WRITE", null);
        String secret = t.get("secret").asString();
        long id = t.get("token").get("id").asLong();

        // someone else cannot see or revoke it
        assertThat(api.send("DELETE", "/api/tokens/" + id, other, null, null).statusCode()).isEqualTo(404);
        assertThat(api.send("GET", "/api/tokens?all=true", other, null, null).statusCode()).isEqualTo(403);
        assertThat(bearer("GET", "/api/me", secret, null).statusCode()).isEqualTo(200);

        // the owner disabled: the token stops with the account; enabled again, it works again
        accounts.asSystemAdmin(() -> administration.setEnabled(owner.id(), false));
        assertThat(bearer("GET", "/api/me", secret, null).statusCode()).isEqualTo(401);
        accounts.asSystemAdmin(() -> administration.setEnabled(owner.id(), true));
        assertThat(bearer("GET", "/api/me", secret, null).statusCode()).isEqualTo(200);

        // an admin sees everyone's and revokes it
        assertThat(api.send("GET", "/api/tokens?all=true", admin, null, null).body()).contains("nightly export");
        HttpResponse<String> revoked = api.send("DELETE", "/api/tokens/" + id, admin, null, null);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).get("revokedAt").isNull()).isFalse();
        assertThat(bearer("GET", "/api/me", secret, null).statusCode()).isEqualTo(401);

        // bad input: clear 400s
        assertThat(api.send("POST", "/api/tokens", other, null, Map.of("name", "x", "scope", "ROOT")).statusCode()).isEqualTo(400);
        assertThat(api.send("POST", "/api/tokens", other, null, Map.of("name", " ", "scope", "READ")).statusCode()).isEqualTo(400);
        assertThat(api.send("POST", "/api/tokens", other, null, Map.of("name", "long", "scope", "READ", "days", 5000)).statusCode())
                .isEqualTo(400);
    }

    /**
     * Every database connection busy for longer than the pool waits: the API says "busy, try again"
     * (503 with Retry-After), not "unauthorised" or a sign-in redirect, and stores nothing.
     */
    @Test
    void aTokenRequestThatFindsNoConnectionInTimeIsAnsweredBusy() throws Exception {
        String user = accounts.create("busy-owner", Roles.FACT_CHECKER).username();
        String secret = make(user, "busy script", "WRITE", null).get("secret").asString();
        com.zaxxer.hikari.HikariDataSource pool = (com.zaxxer.hikari.HikariDataSource) dataSource;
        long timeout = poolWait(pool, 300); // the pool's wait, shortened so that the test does not sit through 30 s
        java.util.List<java.sql.Connection> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            HttpResponse<String> r = bearer("GET", "/api/articles", secret, null);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(JSON.readTree(r.body()).get("detail").asString()).contains("too busy");
        } finally {
            for (java.sql.Connection c : held) {
                c.close();
            }
            poolWait(pool, timeout);
        }
        assertThat(bearer("GET", "/api/articles", secret, null).statusCode()).isEqualTo(200);
    }

    /**
     * Sets how long the running pool waits for a connection and gives back the wait it had. Hikari reads its
     * connection timeout once, when the pool starts (its MXBean setter changes only the configuration), so the
     * running pool's field is set; should Hikari rename it, the test still holds, only slower.
     */
    private static long poolWait(com.zaxxer.hikari.HikariDataSource dataSource, long millis) throws Exception {
        long before = dataSource.getHikariConfigMXBean().getConnectionTimeout();
        dataSource.getHikariConfigMXBean().setConnectionTimeout(millis);
        try {
            java.lang.reflect.Field poolField = com.zaxxer.hikari.HikariDataSource.class.getDeclaredField("pool");
            poolField.setAccessible(true);
            Object running = poolField.get(dataSource); // started lazily, on the first connection asked for
            java.lang.reflect.Field wait = running.getClass().getSuperclass().getDeclaredField("connectionTimeout");
            wait.setAccessible(true);
            long had = wait.getLong(running);
            wait.setLong(running, millis);
            return had;
        } catch (NoSuchFieldException | NullPointerException renamed) {
            return before;
        }
    }
}
