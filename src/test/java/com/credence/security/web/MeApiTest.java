package com.credence.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import com.credence.security.UserSummary;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class MeApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    @Test
    void meReturnsTheCallerAndTheirRolesWithoutStartingASession() {
        UserSummary user = accounts.create("api", Roles.EDITOR, Roles.FACT_CHECKER);
        HttpResponse<String> response = new ApiClient(port).get("/api/me", user.username(), TestAccounts.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("username").asString()).isEqualTo(user.username());
        assertThat(body.get("roles").values().stream().map(JsonNode::asString).toList())
                .containsExactly(Roles.FACT_CHECKER, Roles.EDITOR);
    }

    @Test
    void missingOrWrongCredentialsGiveAProblemDocument() {
        ApiClient api = new ApiClient(port);
        for (HttpResponse<String> response : new HttpResponse[] {api.get("/api/me"), api.get("/api/me", "nobody-here", "whatever")}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(401);
            assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
            assertThat(problem.get("detail").asString()).isNotBlank();
        }
    }

    @Test
    void theStylesheetAndIconsArePublicSoTheSignInPageIsStyledButNothingElseIs() {
        ApiClient anonymous = new ApiClient(port);
        HttpResponse<String> css = anonymous.get("/styles/credence.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains(".article-title");
        assertThat(anonymous.get("/icons/favicon.svg").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/articles").statusCode()).isNotEqualTo(200);
    }
}
