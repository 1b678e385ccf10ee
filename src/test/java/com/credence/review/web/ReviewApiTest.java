package com.credence.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The review API over real HTTP: submit, submit all, decide, the queue with its counts, reasons, my work. */
@IntegrationTest
class ReviewApiTest {

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
    String outlet;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        checker = accounts.create("api-rv-checker", Roles.FACT_CHECKER).username();
        editor = accounts.create("api-rv-editor", Roles.EDITOR).username();
        outlet = "Outlet " + UUID.randomUUID();
        articleId = json(send("POST", "/api/articles", checker, Map.of("title", "Detentions", "outlet", outlet,
                "text", TEXT + " " + UUID.randomUUID()))).get("id").asLong();
    }

    private HttpResponse<String> send(String method, String path, String user, Object body) {
        return api.send(method, path, user, null, body);
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private long annotate(String user, int start, int end, String tag) {
        return json(send("POST", "/api/articles/" + articleId + "/annotations", user, Map.of("start", start, "end", end, "tag", tag)))
                .get("id").asLong();
    }

    private String annotation(long id) {
        return "/api/articles/" + articleId + "/annotations/" + id;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(response).get("detail").asString()).contains(detail);
    }

    @Test
    void submitReviewAndTheQueue() {
        long first = annotate(checker, 0, 12, "attributed");
        long second = annotate(checker, TEXT.indexOf("Rights"), TEXT.indexOf(" say"), "contested");
        long third = annotate(checker, TEXT.indexOf("40 people"), TEXT.indexOf(" were"), "reported");

        HttpResponse<String> one = send("POST", annotation(first) + "/submit", checker, null);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json(one).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(json(one).get("submittedAt").isNull()).isFalse();
        assertThat(json(send("POST", "/api/articles/" + articleId + "/submit", checker, null)).get("submitted").asInt()).isEqualTo(2);
        assertProblem(send("POST", annotation(first) + "/submit", checker, null), 409, "SUBMITTED");
        assertProblem(send("POST", annotation(first) + "/submit", editor, null), 403, "");

        assertProblem(send("POST", annotation(first) + "/review", checker, Map.of("decision", "APPROVE")), 403, "role");
        assertProblem(send("POST", annotation(first) + "/review", editor, Map.of("decision", "REJECT")), 400, "reason");
        assertProblem(send("POST", annotation(first) + "/review", editor, Map.of("decision", "MAYBE")), 400, "decision");
        HttpResponse<String> changes = send("POST", annotation(first) + "/review", editor,
                Map.of("decision", "REQUEST_CHANGES", "reason", "source", "comment", "Which ministry?"));
        assertThat(changes.statusCode()).isEqualTo(200);
        JsonNode reviewed = json(changes).get("review");
        assertThat(json(changes).get("status").asString()).isEqualTo("CHANGES_REQUESTED");
        assertThat(reviewed.get("reviewer").asString()).isEqualTo(editor);
        assertThat(reviewed.get("decision").asString()).isEqualTo("REQUEST_CHANGES");
        assertThat(reviewed.get("reason").asString()).isEqualTo("source");
        assertThat(reviewed.get("comment").asString()).isEqualTo("Which ministry?");
        assertThat(reviewed.get("at").isNull()).isFalse();
        assertProblem(send("POST", annotation(first) + "/review", editor, Map.of("decision", "APPROVE")), 409, "CHANGES_REQUESTED");
        HttpResponse<String> verdict = send("POST", annotation(second) + "/review", editor, Map.of("decision", "APPROVE", "verdict", "False"));
        assertThat(verdict.statusCode()).isEqualTo(200);
        assertThat(json(verdict).get("review").get("verdict").asString()).isEqualTo("False");
        JsonNode claims = json(send("GET", "/api/articles/" + articleId + "/export?format=claimreview", checker, null));
        assertThat(claims.get("@graph").size()).isEqualTo(1);
        assertThat(claims.get("@graph").get(0).get("reviewRating").get("alternateName").asString()).isEqualTo("False");
        assertThat(claims.get("@graph").get(0).get("itemReviewed").get("appearance").get("url").asString()).startsWith("urn:credence:article:");

        // an editor's own annotation needs another editor
        long editorsOwn = annotate(editor, TEXT.indexOf("detained"), TEXT.indexOf("detained") + 8, "reported");
        send("POST", annotation(editorsOwn) + "/submit", editor, null);
        assertProblem(send("POST", annotation(editorsOwn) + "/review", editor, Map.of("decision", "APPROVE")), 403, "");

        HttpResponse<String> queue = send("GET", "/api/review/queue?articleId=" + articleId + "&sort=waiting&size=10", editor, null);
        assertThat(queue.statusCode()).isEqualTo(200);
        JsonNode page = json(queue);
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        assertThat(page.get("content").get(0).get("annotation").get("id").asLong()).isEqualTo(third);
        assertThat(page.get("content").get(0).get("articleTitle").asString()).isEqualTo("Detentions");
        assertThat(page.get("content").get(0).get("outlet").asString()).isEqualTo(outlet);
        assertThat(page.get("counts").get("SUBMITTED").asLong()).isEqualTo(2);
        assertThat(page.get("counts").get("APPROVED").asLong()).isEqualTo(1);
        assertThat(page.get("counts").get("CHANGES_REQUESTED").asLong()).isEqualTo(1);
        JsonNode filtered = json(send("GET", "/api/review/queue?status=APPROVED,CHANGES_REQUESTED&outlet=" + outlet.replace(" ", "%20")
                + "&tag=contested", editor, null));
        assertThat(filtered.get("totalElements").asLong()).isEqualTo(1);
        assertThat(filtered.get("content").get(0).get("annotation").get("id").asLong()).isEqualTo(second);
        assertProblem(send("GET", "/api/review/queue?sort=sideways", editor, null), 400, "sort");
        assertProblem(send("GET", "/api/review/queue?from=yesterday", editor, null), 400, "date");
        assertProblem(send("GET", "/api/review/queue", checker, null), 403, "role");

        JsonNode reasons = json(send("GET", "/api/review/reasons", checker, null));
        assertThat(reasons.values().stream().map(r -> r.get("code").asString())).contains("wrong-tag", "source", "evidence",
                "not-a-claim", "duplicate", "other");

        JsonNode work = json(send("GET", "/api/me/work", checker, null));
        assertThat(work.get("returned").values().stream().map(i -> i.get("annotation").get("id").asLong())).containsExactly(first);
        assertThat(work.get("returned").get(0).get("annotation").get("review").get("comment").asString()).isEqualTo("Which ministry?");
        assertThat(work.get("waiting").values().stream().map(i -> i.get("annotation").get("id").asLong())).containsExactly(third);
        assertThat(work.get("drafts").size()).isZero();
        assertThat(work.get("counts").get("APPROVED").asLong()).isEqualTo(1);

        HttpResponse<String> history = send("GET", annotation(first) + "/history", checker, null);
        JsonNode last = json(history).get(json(history).size() - 1);
        assertThat(last.get("change").asString()).isEqualTo("changes requested");
        assertThat(last.get("from").asString()).isEqualTo("SUBMITTED");
        assertThat(last.get("to").asString()).isEqualTo("CHANGES_REQUESTED");
        assertThat(last.get("username").asString()).isEqualTo(editor);
    }

    @Test
    void editorsAssignArticlesOverHttp() {
        HttpResponse<String> assigned = send("PUT", "/api/articles/" + articleId + "/assignees", editor,
                Map.of("usernames", java.util.List.of(checker), "due", java.time.LocalDate.now().plusDays(2).toString()));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(json(assigned).get("assignees").get(0).asString()).isEqualTo(checker);
        assertThat(json(send("GET", "/api/articles/" + articleId + "/assignees", checker, null)).get("assignees").size()).isEqualTo(1);
        assertThat(json(send("GET", "/api/me/assignments", checker, null)).values().stream().map(a -> a.get("articleId").asLong()))
                .contains(articleId);
        assertProblem(send("PUT", "/api/articles/" + articleId + "/assignees", checker, Map.of("usernames", java.util.List.of(checker))),
                403, "role");
        assertProblem(send("PUT", "/api/articles/" + articleId + "/assignees", editor, Map.of("usernames", java.util.List.of("ghost-x"))),
                400, "no active user");
        assertProblem(send("PUT", "/api/articles/987654321/assignees", editor, Map.of("usernames", java.util.List.of(checker))), 404,
                "No article");
    }
}
