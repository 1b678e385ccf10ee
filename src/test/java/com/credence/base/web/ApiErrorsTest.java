package com.credence.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.article.ArticleService;
import com.credence.security.Roles;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the outside probe found answered wrongly by the API: each is now a problem+json with the right
 * status and stores nothing.
 */
@IntegrationTest
class ApiErrorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleService articles;

    ApiClient api;
    String user;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        user = accounts.create("api-errors", Roles.EDITOR).username();
    }

    private HttpResponse<String> raw(String method, String path, String contentType, String accept, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return api.send(b.build());
    }

    private static JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asString()).isNotBlank();
        return p;
    }

    private long articleCount() {
        accounts.signInAs(user);
        try {
            return articles.count();
        } finally {
            TestAccounts.signOut();
        }
    }

    @Test
    void wrongTypesUnknownAddressesAndWrongMethodsAnswerProblemsNotPagesOrEmpty403s() {
        // a body type the endpoint does not take: 415 (was an empty 403)
        assertThat(problem(raw("POST", "/api/articles", "text/plain", null, "hello"), 415).get("detail").asString())
                .contains("application/json");
        // an answer type it cannot give: 406 (was an empty 403)
        problem(raw("GET", "/api/articles", null, "image/png", null), 406);
        // an address no endpoint has: 404 (was 200 with the app's HTML page)
        problem(raw("GET", "/api/no-such-thing/" + UUID.randomUUID(), null, null, null), 404);
        // a method the address does not take: 405 with Allow
        HttpResponse<String> put = raw("PUT", "/api/articles", "application/json", null, "{}");
        problem(put, 405);
        assertThat(put.headers().firstValue("Allow").orElse("")).contains("GET").contains("POST");
        // page numbers past any list: 400 (the queue's offset used to overflow)
        for (String list : List.of("/api/articles?page=2147483647", "/api/review/queue?page=2147483647&size=50", "/api/users?page=100001",
                "/api/articles?page=-1", "/api/articles?page=99999999999")) {
            problem(raw("GET", list, null, null, null), 400);
        }
        // the annotations of an article that does not exist: 404 (was 200 with an empty list)
        problem(raw("GET", "/api/articles/987654321/annotations", null, null, null), 404);
    }

    @Test
    void brokenCharactersControlCharactersAndNullLinksAreRefusedAndNothingIsStored() {
        long before = articleCount();
        // a lone surrogate in the article text (it would hash as "?" and collide with other text)
        problem(raw("POST", "/api/articles", "application/json", null,
                "{\"title\":\"Half\",\"text\":\"Broken \\ud800 here. Second sentence " + UUID.randomUUID() + ".\"}"), 400);
        problem(raw("POST", "/api/articles", "application/json", null,
                "{\"title\":\"Half \\udc00\",\"text\":\"Fine text here. Second sentence " + UUID.randomUUID() + ".\"}"), 400);
        assertThat(articleCount()).isEqualTo(before);

        HttpResponse<String> made = raw("POST", "/api/articles", "application/json", null,
                "{\"title\":\"Whole\",\"text\":\"The mayor said it twice. Nobody listened " + UUID.randomUUID() + ".\"}");
        assertThat(made.statusCode()).isEqualTo(201);
        long id = JSON.readTree(made.body()).get("id").asLong();
        String annotations = "/api/articles/" + id + "/annotations";
        // a note may have line breaks and tabs; not other control characters, not broken characters
        assertThat(problem(raw("POST", annotations, "application/json", null,
                "{\"start\":0,\"end\":24,\"tag\":\"reported\",\"note\":\"ring \\u0007 bell\"}"), 400).get("detail").asString())
                .contains("control characters");
        problem(raw("POST", annotations, "application/json", null,
                "{\"start\":0,\"end\":24,\"tag\":\"reported\",\"note\":\"half \\ud83d\"}"), 400);
        problem(raw("POST", annotations, "application/json", null,
                "{\"start\":0,\"end\":24,\"tag\":\"reported\",\"evidence\":[\"https://example.org\", null]}"), 400);
        // offsets are numbers: a string or a fraction is refused, not read as a number
        problem(raw("POST", annotations, "application/json", null, "{\"start\":\"0\",\"end\":24,\"tag\":\"reported\"}"), 400);
        problem(raw("POST", annotations, "application/json", null, "{\"start\":0.5,\"end\":24,\"tag\":\"reported\"}"), 400);
        problem(raw("POST", annotations, "application/json", null, "{\"start\":0,\"end\":24.0,\"tag\":\"reported\"}"), 400);
        assertThat(JSON.readTree(raw("GET", annotations, null, null, null).body()).size()).isZero();
        // null in the other lists of the API too: 400, nothing changed
        problem(raw("PUT", "/api/articles/" + id + "/assignees", "application/json", null, "{\"usernames\":[null]}"), 400);
        problem(raw("POST", "/api/exports", "application/json", null, "{\"formats\":[\"jsonl\", null]}"), 400);
        HttpResponse<String> fine = raw("POST", annotations, "application/json", null,
                "{\"start\":0,\"end\":24,\"tag\":\"reported\",\"note\":\"line one\\n\\tline two \\ud83d\\ude00\"}");
        assertThat(fine.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(fine.body()).get("note").asString()).isEqualTo("line one\n\tline two \uD83D\uDE00");
    }

    @Test
    void datesOutsideTheYearsOneTo9999AreRefusedAndAddressesCompareInTheirNormalForm() {
        String text = "The port reopened. Ships came back " + UUID.randomUUID() + ".";
        for (String date : List.of("10000-01-01", "0000-06-01", "-0001-01-01")) {
            JsonNode p = problem(raw("POST", "/api/articles", "application/json", null,
                    "{\"title\":\"Dated\",\"text\":\"" + text + "\",\"publishedAt\":\"" + date + "\"}"), 400);
            assertThat(p.get("detail").asString()).as(date).containsAnyOf("publishedAt", "year");
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> first = raw("POST", "/api/articles", "application/json", null,
                "{\"title\":\"One\",\"text\":\"First text " + id + ". Yes.\",\"url\":\"https://Example.org:443/news/" + id + "/#top\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(JSON.readTree(first.body()).get("url").asString()).isEqualTo("https://example.org/news/" + id);
        // the same address spelt another way is the same article
        HttpResponse<String> again = raw("POST", "/api/articles", "application/json", null,
                "{\"title\":\"Two\",\"text\":\"Other text " + id + ". No.\",\"url\":\"HTTPS://EXAMPLE.ORG/news/" + id + "\"}");
        problem(again, 409);
    }

    @Test
    void markdownNestedThousandsDeepIsRefusedNotA500() {
        long before = articleCount();
        String boundary = "----credence" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"deep.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("> ".repeat(5000) + "Deep down. " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/articles"))
                .header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
        assertThat(problem(r, 400).get("detail").asString()).contains("levels are read");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void aFailedSignInAnswersTheSameForAWrongPasswordAnUnknownAccountAndADisabledOne() {
        HttpResponse<String> wrong = api.get("/api/articles", user, "not-the-password");
        HttpResponse<String> unknown = api.get("/api/articles", "nobody-" + UUID.randomUUID(), "whatever-1234");
        JsonNode a = problem(wrong, 401);
        JsonNode b = problem(unknown, 401);
        assertThat(a.get("detail")).isEqualTo(b.get("detail"));
        assertThat(a.get("detail").asString()).doesNotContainIgnoringCase("locked").doesNotContainIgnoringCase("disabled");
    }

    private HttpResponse<String> multipart(String boundary, byte[] body) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/articles"))
                .header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void truncatedMultipartAndFileNamesWithControlCharactersAreRefused() {
        long before = articleCount();
        String boundary = "----credence" + UUID.randomUUID();
        // cut off before its closing boundary
        byte[] truncated = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nThe council met. It agreed " + UUID.randomUUID() + ".").getBytes(StandardCharsets.UTF_8);
        problem(multipart(boundary, truncated), 400);
        // not multipart at all behind the header
        problem(multipart(boundary, "garbage without any boundary".getBytes(StandardCharsets.UTF_8)), 400);
        // a file name with a control character
        byte[] named = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0001b.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nThe council met. It agreed " + UUID.randomUUID() + ".\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(problem(multipart(boundary, named), 400).get("detail").asString()).contains("file name");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void aJsonBodyOverTheLimitIsAnswered413WhetherItsLengthIsDeclaredOrNot() {
        long before = articleCount();
        byte[] big = ("{\"title\":\"Big\",\"text\":\"" + "a".repeat(25 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder declared = HttpRequest.newBuilder(URI.create(api.base() + "/api/articles"))
                .header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD)).header("Content-Type", "application/json");
        assertThat(problem(api.send(declared.POST(HttpRequest.BodyPublishers.ofByteArray(big)).build()), 413).get("detail").asString())
                .contains("MB");
        // chunked, no length given: read up to the limit, then refused
        HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(api.base() + "/api/articles"))
                .header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD)).header("Content-Type", "application/json");
        problem(api.send(chunked.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build()), 413);
        assertThat(articleCount()).isEqualTo(before);
    }
}
