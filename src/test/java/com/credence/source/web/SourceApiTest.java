package com.credence.source.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /api/sources and the annotations' sourceId over HTTP. */
@IntegrationTest
class SourceApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEXT = "The ministry stated that 40 people were detained. Rights groups say the number is higher.";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    ApiClient api;
    String checker;
    String editor;
    long articleId;
    String u;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        checker = accounts.create("src-api", Roles.FACT_CHECKER).username();
        editor = accounts.create("src-api-ed", Roles.EDITOR).username();
        u = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> article = api.send("POST", "/api/articles", checker, null, Map.of("title", "Detentions", "text", TEXT + " " + u));
        articleId = json(article).get("id").asLong();
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> annotate(String fragment, Map<String, Object> more) {
        int start = TEXT.indexOf(fragment);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("start", start, "end", start + fragment.length(), "tag", "attributed"));
        body.putAll(more);
        return api.send("POST", "/api/articles/" + articleId + "/annotations", checker, null, body);
    }

    @Test
    void sourcesAreAddedFoundReadChangedAndMerged() {
        HttpResponse<String> made = api.send("POST", "/api/sources", checker, null, Map.of("name", "Ministry of Defence " + u,
                "aliases", List.of("MoD " + u), "kind", "government", "country", "GB"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long mod = json(made).get("id").asLong();
        assertThat(made.headers().firstValue("Location")).contains("/api/sources/" + mod);
        assertThat(json(made).get("kind").asString()).isEqualTo("GOVERNMENT");

        HttpResponse<String> again = api.send("POST", "/api/sources", checker, null, Map.of("name", "mod " + u));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(api.send("POST", "/api/sources", checker, null, Map.of("name", "X " + u, "kind", "alien")).statusCode()).isEqualTo(400);

        // an annotation posted with an alias is linked; one posted with sourceId takes that entry's name; an unknown id is 400
        HttpResponse<String> a = annotate("The ministry stated that 40 people were detained.", Map.of("source", "MOD " + u));
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        assertThat(json(a).get("sourceId").asLong()).isEqualTo(mod);
        assertThat(json(a).get("source").asString()).isEqualTo("MOD " + u);
        HttpResponse<String> bad = annotate("Rights groups say the number is higher.", Map.of("sourceId", 987654321));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        HttpResponse<String> dup = api.send("POST", "/api/sources", checker, null, Map.of("name", "Defence Ministry " + u));
        long dupId = json(dup).get("id").asLong();
        HttpResponse<String> b = annotate("Rights groups say the number is higher.", Map.of("source", "ignored", "sourceId", dupId));
        assertThat(b.statusCode()).as(b.body()).isEqualTo(201);
        assertThat(json(b).get("source").asString()).isEqualTo("Defence Ministry " + u);
        assertThat(json(b).get("sourceId").asLong()).isEqualTo(dupId);

        HttpResponse<String> list = api.get("/api/sources?query=" + URLEncoder.encode("Défence " + u, StandardCharsets.UTF_8)
                + "&sort=claims&kind=GOVERNMENT", checker, TestAccounts.PASSWORD);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json(list).get("totalElements").asLong()).isEqualTo(1);
        assertThat(json(list).get("content").get(0).get("claims").asLong()).isEqualTo(1);
        assertThat(api.get("/api/sources?sort=loudest", checker, TestAccounts.PASSWORD).statusCode()).isEqualTo(400);

        HttpResponse<String> one = api.get("/api/sources/" + mod, checker, TestAccounts.PASSWORD);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(json(one).get("counts").get("claims").asLong()).isEqualTo(1);
        assertThat(json(one).get("counts").get("attributed").asLong()).isEqualTo(1);
        assertThat(json(one).get("claims").get(0).get("articleId").asLong()).isEqualTo(articleId);
        assertThat(api.get("/api/sources/987654321", checker, TestAccounts.PASSWORD).statusCode()).isEqualTo(404);

        // PATCH: editors, with If-Match
        String etag = one.headers().firstValue("ETag").orElseThrow();
        assertThat(api.send("PATCH", "/api/sources/" + mod, checker, etag, Map.of("kind", "MILITARY")).statusCode()).isEqualTo(403);
        assertThat(api.send("PATCH", "/api/sources/" + mod, editor, null, Map.of("kind", "MILITARY")).statusCode()).isEqualTo(428);
        HttpResponse<String> patched = api.send("PATCH", "/api/sources/" + mod, editor, etag, Map.of("kind", "MILITARY", "wikidataId", "Q1"));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(json(patched).get("kind").asString()).isEqualTo("MILITARY");
        HttpResponse<String> stale = api.send("PATCH", "/api/sources/" + mod, editor, etag, Map.of("kind", "POLICE"));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(stale).get("current").get("kind").asString()).isEqualTo("MILITARY");

        // merge: editors; into itself 400, into nothing 404, then the duplicate's claim moves
        assertThat(api.send("POST", "/api/sources/" + dupId + "/merge", checker, null, Map.of("into", mod)).statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/sources/" + dupId + "/merge", editor, null, Map.of("into", dupId)).statusCode()).isEqualTo(400);
        assertThat(api.send("POST", "/api/sources/" + dupId + "/merge", editor, null, Map.of("into", 987654321)).statusCode()).isEqualTo(404);
        HttpResponse<String> merged = api.send("POST", "/api/sources/" + dupId + "/merge", editor, null, Map.of("into", mod));
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(json(merged).get("aliases").toString()).contains("Defence Ministry " + u);
        assertThat(api.get("/api/sources/" + dupId, checker, TestAccounts.PASSWORD).statusCode()).isEqualTo(404);
        JsonNode after = json(api.get("/api/sources/" + mod, checker, TestAccounts.PASSWORD));
        assertThat(after.get("counts").get("claims").asLong()).isEqualTo(2);
        HttpResponse<String> annotation = api.get("/api/articles/" + articleId + "/annotations/" + json(b).get("id").asLong(), checker,
                TestAccounts.PASSWORD);
        assertThat(json(annotation).get("sourceId").asLong()).isEqualTo(mod);
    }
}
