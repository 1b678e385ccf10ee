package com.credence.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Admins manage users over the API by the same rules as the Users page; nobody else may. */
@IntegrationTest
class UserApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        admin = accounts.create("api-admin", Roles.ADMIN).username();
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    @Test
    void anAdminCreatesListsChangesDisablesAndUnlocksAUser() {
        String name = "newsdesk-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> made = api.send("POST", "/api/users", admin, null,
                Map.of("username", name, "displayName", "News Desk", "password", "a-long-enough-pass-1", "roles", List.of("FACT_CHECKER")));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(made.headers().firstValue("Location").orElseThrow()).endsWith("/api/users/" + name);
        assertThat(json(made).get("roles").values().stream().map(JsonNode::asString).toList()).containsExactly("FACT_CHECKER");
        assertThat(made.body()).doesNotContain("password").doesNotContain("$2a$");
        // the new user signs in with that password
        assertThat(api.get("/api/me", name, "a-long-enough-pass-1").statusCode()).isEqualTo(200);

        // listed, page by page (the tests share one database: there can be more users than a page holds)
        List<String> listed = new java.util.ArrayList<>();
        for (int page = 0; page < 100; page++) {
            HttpResponse<String> list = api.send("GET", "/api/users?size=100&page=" + page, admin, null, null);
            assertThat(list.statusCode()).isEqualTo(200);
            List<String> names = json(list).values().stream().map(u -> u.get("username").asString()).toList();
            listed.addAll(names);
            if (names.size() < 100) {
                break;
            }
        }
        assertThat(listed).contains(name, admin).doesNotHaveDuplicates();

        HttpResponse<String> changed = api.send("PATCH", "/api/users/" + name, admin, null,
                Map.of("displayName", "Desk", "roles", List.of("FACT_CHECKER", "EDITOR")));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("displayName").asString()).isEqualTo("Desk");
        assertThat(json(changed).get("roles").size()).isEqualTo(2);

        // a weak password in a change refuses all of it: the name stays too
        HttpResponse<String> weak = api.send("PATCH", "/api/users/" + name, admin, null, Map.of("displayName", "Other", "password", "x"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(api.send("GET", "/api/users/" + name, admin, null, null)).get("displayName").asString()).isEqualTo("Desk");

        assertThat(api.send("PATCH", "/api/users/" + name, admin, null, Map.of("enabled", false)).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/me", name, "a-long-enough-pass-1").statusCode()).isEqualTo(401);
        assertThat(api.send("PATCH", "/api/users/" + name, admin, null, Map.of("enabled", true, "password", "another-long-pass-2"))
                .statusCode()).isEqualTo(200);
        assertThat(api.get("/api/me", name, "another-long-pass-2").statusCode()).isEqualTo(200);

        // failures pause the name from this address; the admin sees it and unlocks
        for (int i = 0; i < 5; i++) {
            api.get("/api/me", name, "wrong-" + i);
        }
        assertThat(api.get("/api/me", name, "another-long-pass-2").statusCode()).isEqualTo(401);
        assertThat(json(api.send("GET", "/api/users/" + name, admin, null, null)).get("lockedUntil").isNull()).isFalse();
        HttpResponse<String> unlocked = api.send("POST", "/api/users/" + name + "/unlock", admin, null, null);
        assertThat(unlocked.statusCode()).isEqualTo(200);
        assertThat(json(unlocked).get("lockedUntil").isNull()).isTrue();
        assertThat(api.get("/api/me", name, "another-long-pass-2").statusCode()).isEqualTo(200);
    }

    @Test
    void theRulesOfTheUsersPageHoldAndNobodyButAnAdminMayAct() {
        String editor = accounts.create("api-not-admin", Roles.EDITOR).username();
        for (String[] call : new String[][] {{"GET", "/api/users"}, {"GET", "/api/users/" + admin}, {"POST", "/api/users/" + admin + "/unlock"}}) {
            assertThat(api.send(call[0], call[1], editor, null, null).statusCode()).as(call[1]).isEqualTo(403);
        }
        HttpResponse<String> sneaky = api.send("POST", "/api/users", editor, null,
                Map.of("username", "sneaky-" + UUID.randomUUID().toString().substring(0, 6), "displayName", "S", "password",
                        "a-long-enough-pass-1", "roles", List.of("ADMIN")));
        assertThat(sneaky.statusCode()).isEqualTo(403);
        assertThat(api.send("PATCH", "/api/users/" + editor, editor, null, Map.of("roles", List.of("ADMIN"))).statusCode()).isEqualTo(403);

        // bad input: clear 400s
        assertThat(api.send("POST", "/api/users", admin, null, Map.of("username", "x")).statusCode()).isEqualTo(400);
        assertThat(api.send("POST", "/api/users", admin, null, Map.of("username", "ok-name-" + UUID.randomUUID().toString().substring(0, 4),
                "displayName", "Ok", "password", "a-long-enough-pass-1", "roles", List.of("KING"))).statusCode()).isEqualTo(400);
        assertThat(api.send("POST", "/api/users", admin, null, Map.of("username", editor, "displayName", "Twin", "password",
                "a-long-enough-pass-1", "roles", List.of("EDITOR"))).statusCode()).isEqualTo(400);
        assertThat(api.send("GET", "/api/users?size=5000", admin, null, null).statusCode()).isEqualTo(400);
        assertThat(api.send("GET", "/api/users/nobody-" + UUID.randomUUID(), admin, null, null).statusCode()).isEqualTo(404);
        // an admin cannot disable themselves or take their own admin role
        assertThat(api.send("PATCH", "/api/users/" + admin, admin, null, Map.of("enabled", false)).statusCode()).isEqualTo(400);
        assertThat(api.send("PATCH", "/api/users/" + admin, admin, null, Map.of("roles", List.of("EDITOR"))).statusCode()).isEqualTo(400);
    }
}
