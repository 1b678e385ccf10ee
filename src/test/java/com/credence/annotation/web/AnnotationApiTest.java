package com.credence.annotation.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import java.net.URI;
import java.net.http.HttpRequest;
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

@IntegrationTest
class AnnotationApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEXT = "The ministry stated that 40 people were detained. Rights groups say the number is higher.";

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
        checker = accounts.create("api-annotator", Roles.FACT_CHECKER).username();
        HttpResponse<String> article = send("POST", "/api/articles", checker, null,
                Map.of("title", "Detentions", "text", TEXT + " " + UUID.randomUUID()));
        articleId = json(article).get("id").asLong();
    }

    private HttpResponse<String> send(String method, String path, String user, String ifMatch, Object body) {
        return api.send(method, path, user, ifMatch, body);
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private String base() {
        return "/api/articles/" + articleId + "/annotations";
    }

    @Test
    void createReadUpdateDeleteWithETags() {
        int start = TEXT.indexOf("40 people");
        HttpResponse<String> created = send("POST", base(), checker, null, Map.of("start", start, "end", start + 9,
                "tag", "attributed", "source", "The ministry", "cue", "stated", "evidence", List.of("https://example.org/report")));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode a = json(created);
        long id = a.get("id").asLong();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith(base() + "/" + id);
        assertThat(created.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"0\"");
        for (String field : List.of("id", "articleId", "start", "end", "quote", "prefix", "suffix", "tag", "source", "cue", "note",
                "evidence", "conflictsWith", "status", "author", "createdAt", "updatedAt", "version")) {
            assertThat(a.has(field)).as(field).isTrue();
        }
        assertThat(a.get("quote").asString()).isEqualTo("40 people");
        assertThat(a.get("prefix").asString()).isEqualTo("The ministry stated that ");
        assertThat(a.get("status").asString()).isEqualTo("DRAFT");
        assertThat(a.get("author").asString()).isEqualTo(checker);

        HttpResponse<String> list = send("GET", base(), checker, null, null);
        assertThat(json(list).values().stream().map(n -> n.get("id").asLong())).containsExactly(id);

        Map<String, Object> change = Map.of("start", start, "end", start + 9, "tag", "contested", "note", "Groups say more");
        assertThat(send("PUT", base() + "/" + id, checker, null, change).statusCode()).isEqualTo(428);
        HttpResponse<String> updated = send("PUT", base() + "/" + id, checker, "\"0\"", change);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"1\"");
        assertThat(json(updated).get("tag").asString()).isEqualTo("contested");

        HttpResponse<String> stale = send("PUT", base() + "/" + id, checker, "\"0\"", Map.of("start", start, "end", start + 9,
                "tag", "reported"));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(stale).get("current").get("note").asString()).isEqualTo("Groups say more");

        assertThat(send("DELETE", base() + "/" + id, checker, null, null).statusCode()).isEqualTo(428);
        assertThat(send("DELETE", base() + "/" + id, checker, "\"0\"", null).statusCode()).isEqualTo(412);
        assertThat(send("DELETE", base() + "/" + id, checker, "\"1\"", null).statusCode()).isEqualTo(204);

        HttpResponse<String> history = send("GET", base() + "/" + id + "/history", checker, null, null);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(json(history).values().stream().map(n -> n.get("change").asString())).containsExactly("created", "changed", "deleted");
    }

    @Test
    void badInputAndOtherPeoplesAnnotationsAreRefused() {
        assertProblem(send("POST", base(), checker, null, Map.of("start", 5, "end", 100_000, "tag", "reported")), 400, "not inside");
        assertProblem(send("POST", base(), checker, null, Map.of("start", 3, "end", 4, "tag", "reported")), 400, "white space");
        assertProblem(send("POST", base(), checker, null, Map.of("start", 0, "end", 3, "tag", "gossip")), 400, "Unknown tag");
        assertProblem(send("POST", base(), checker, null, Map.of("end", 3, "tag", "reported")), 400, "required");

        long id = json(send("POST", base(), checker, null, Map.of("start", 0, "end", 12, "tag", "reported"))).get("id").asLong();
        String other = accounts.create("api-other", Roles.FACT_CHECKER).username();
        assertProblem(send("PUT", base() + "/" + id, other, "\"0\"", Map.of("start", 0, "end", 12, "tag", "contested")), 403,
                "role");
        assertProblem(send("DELETE", base() + "/" + id, other, "\"0\"", null), 403, "role");
        String editor = accounts.create("api-editor", Roles.EDITOR).username();
        assertThat(send("PUT", base() + "/" + id, editor, "\"0\"", Map.of("start", 0, "end", 12, "tag", "contested")).statusCode())
                .isEqualTo(200);
        assertProblem(send("GET", "/api/articles/" + (articleId + 100000) + "/annotations/" + id, checker, null, null), 404, "No annotation");
    }

    @Test
    void theSameAnnotationTwiceIsOneAndADeleteCanBeUndoneByRestore() {
        Map<String, Object> body = Map.of("start", 0, "end", 12, "tag", "attributed", "source", "The ministry");
        HttpResponse<String> first = send("POST", base(), checker, null, body);
        HttpResponse<String> again = send("POST", base(), checker, null, body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        long id = json(first).get("id").asLong();
        assertThat(json(again).get("id").asLong()).isEqualTo(id);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith(base() + "/" + id);
        assertThat(json(send("GET", base(), checker, null, null)).size()).isEqualTo(1);

        assertProblem(send("POST", base() + "/" + id + "/restore", checker, null, null), 409, "not deleted");
        // If-Match compares strongly: a weak ETag never matches (412) and changes nothing; the strong one does
        assertProblem(send("DELETE", base() + "/" + id, checker, "W/\"0\"", null), 412, "weak");
        assertThat(send("DELETE", base() + "/" + id, checker, "\"0\"", null).statusCode()).isEqualTo(204);
        assertProblem(send("GET", base() + "/" + id, checker, null, null), 404, "No annotation");

        HttpResponse<String> restored = send("POST", base() + "/" + id + "/restore", checker, null, null);
        assertThat(restored.statusCode()).isEqualTo(200);
        assertThat(json(restored).get("id").asLong()).isEqualTo(id);
        assertThat(json(restored).get("source").asString()).isEqualTo("The ministry");
        assertThat(json(restored).get("author").asString()).isEqualTo(checker);
        assertThat(restored.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"2\"");
        assertThat(json(send("GET", base() + "/" + id + "/history", checker, null, null)).values().stream()
                .map(n -> n.get("change").asString())).containsExactly("created", "deleted", "restored");

        assertProblem(send("POST", base() + "/987654321/restore", checker, null, null), 404, "No annotation");
        assertProblem(send("POST", "/api/articles/" + (articleId + 100000) + "/annotations/" + id + "/restore", checker, null, null),
                404, "No annotation");
        String other = accounts.create("api-restorer", Roles.FACT_CHECKER).username();
        send("DELETE", base() + "/" + id, checker, "\"2\"", null);
        assertProblem(send("POST", base() + "/" + id + "/restore", other, null, null), 403, "role");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(response).get("detail").asString()).contains(detail);
    }
}
