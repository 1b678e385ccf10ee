package com.credence.suggestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class SuggestionApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEXT = "😀 Authorities say the port will stay closed. The spill was reportedly caused by a valve.";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    ApiClient api;
    String checker;
    long articleId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        checker = accounts.create("api-suggested", Roles.FACT_CHECKER).username();
        HttpResponse<String> article = api.send("POST", "/api/articles", checker, null,
                Map.of("title", "Port", "text", TEXT + " " + UUID.randomUUID()));
        articleId = JSON.readTree(article.body()).get("id").asLong();
    }

    private String base() {
        return "/api/articles/" + articleId + "/suggestions";
    }

    @Test
    void listAcceptDismissInUtf16Offsets() {
        HttpResponse<String> listed = api.send("GET", base(), checker, null, null);
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(listed.body());
        assertThat(list.size()).isEqualTo(2);
        JsonNode say = list.get(0);
        assertThat(say.get("tag").asString()).isEqualTo("attributed");
        assertThat(say.get("source").asString()).isEqualTo("Authorities");
        assertThat(say.get("start").asInt()).isZero();
        int cueStart = say.get("cue").get("start").asInt();
        assertThat(TEXT.substring(cueStart, say.get("cue").get("end").asInt())).isEqualTo("say"); // after a surrogate pair: UTF-16
        assertThat(say.get("reason").asString()).contains("say").contains("Authorities");
        JsonNode hedge = list.get(1);
        assertThat(hedge.get("source").isNull()).isTrue();

        Map<String, Object> which = Map.of("start", say.get("start").asInt(), "end", say.get("end").asInt(), "tag", "attributed");
        HttpResponse<String> accepted = api.send("POST", base() + "/accept", checker, null, which);
        assertThat(accepted.statusCode()).isEqualTo(201);
        JsonNode a = JSON.readTree(accepted.body());
        assertThat(a.get("source").asString()).isEqualTo("Authorities");
        assertThat(a.get("cue").asString()).isEqualTo("say");
        assertThat(a.get("status").asString()).isEqualTo("DRAFT");
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/api/articles/" + articleId + "/annotations/" + a.get("id").asLong());
        HttpResponse<String> again = api.send("POST", base() + "/accept", checker, null, which);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("id").asLong()).isEqualTo(a.get("id").asLong());

        Map<String, Object> hedgeWhich = Map.of("start", hedge.get("start").asInt(), "end", hedge.get("end").asInt(), "tag", "reported");
        assertThat(api.send("POST", base() + "/dismiss", checker, null, hedgeWhich).statusCode()).isEqualTo(204);
        assertThat(api.send("POST", base() + "/dismiss", checker, null, hedgeWhich).statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(api.send("GET", base(), checker, null, null).body()).size()).isZero();
    }

    @Test
    void badInputGetsAClearMessage() {
        HttpResponse<String> missing = api.send("POST", base() + "/accept", checker, null, Map.of("start", 0));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\\\"tag\\\"");
        HttpResponse<String> notProposed = api.send("POST", base() + "/accept", checker, null, Map.of("start", 0, "end", 3, "tag", "attributed"));
        assertThat(notProposed.statusCode()).isEqualTo(404);
        assertThat(notProposed.body()).contains("No suggestion");
        assertThat(api.send("POST", base() + "/dismiss", checker, null, Map.of("start", 5, "end", 2, "tag", "reported")).statusCode())
                .isEqualTo(400);
        assertThat(api.send("GET", "/api/articles/999999999/suggestions", checker, null, null).statusCode()).isEqualTo(404);
        assertThat(api.get(base()).statusCode()).isEqualTo(401);
    }
}
