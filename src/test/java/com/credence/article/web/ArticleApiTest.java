package com.credence.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ArticleApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    ApiClient api;
    String user;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        user = accounts.create("api-importer", Roles.FACT_CHECKER).username();
    }

    private HttpResponse<String> postJson(String path, Object body) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private HttpResponse<String> postFile(String path, String filename, byte[] content, Map<String, String> fields) {
        String boundary = "----credence" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void importJsonThenReadItBack() {
        String text = "Gen. Okonkwo said the road was open. Residents disagree. " + UUID.randomUUID();
        HttpResponse<String> created = postJson("/api/articles", Map.of("title", "Road dispute", "text", text,
                "outlet", "The Courier", "url", "https://courier.example/" + UUID.randomUUID(), "byline", "A. Writer",
                "publishedAt", "2026-03-14"));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        long id = body.get("id").asLong();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/articles/" + id);
        assertThat(body.get("title").asString()).isEqualTo("Road dispute");
        assertThat(body.get("outlet").asString()).isEqualTo("The Courier");
        assertThat(body.get("byline").asString()).isEqualTo("A. Writer");
        assertThat(body.get("publishedAt").asString()).isEqualTo("2026-03-14");
        assertThat(body.get("sha256").asString()).hasSize(64);
        assertThat(body.get("text").asString()).isEqualTo(text);
        JsonNode sentences = body.get("sentences");
        assertThat(sentences.size()).isEqualTo(3);
        assertThat(sentences.get(0).get("start").asInt()).isZero();
        assertThat(text.substring(sentences.get(1).get("start").asInt(), sentences.get(1).get("end").asInt()))
                .isEqualTo("Residents disagree.");

        HttpResponse<String> read = api.get("/api/articles/" + id, user, TestAccounts.PASSWORD);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("text").asString()).isEqualTo(text);

        HttpResponse<String> page = api.get("/api/articles?query=road+dispute&page=0&size=5", user, TestAccounts.PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json(page).get("content").values().stream().map(a -> a.get("id").asLong())).contains(id);
        assertThat(json(page).get("size").asInt()).isEqualTo(5);
    }

    @Test
    void duplicateIsAConflictWithTheExistingIdUnlessAllowed() {
        Map<String, String> body = Map.of("title", "Twice", "text", "Same text " + UUID.randomUUID() + ".");
        long first = json(postJson("/api/articles", body)).get("id").asLong();

        HttpResponse<String> again = postJson("/api/articles", body);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(again).get("existingId").asLong()).isEqualTo(first);

        HttpResponse<String> allowed = postJson("/api/articles?allowDuplicate=true", body);
        assertThat(allowed.statusCode()).isEqualTo(201);
        assertThat(json(allowed).get("id").asLong()).isNotEqualTo(first);
    }

    @Test
    void htmlIsCleanedAndMultipartUploadsWork() {
        String html = "<html><head><title>Uploaded story</title></head><body><p onclick=\"x()\">Hello "
                + UUID.randomUUID() + ".</p><script>alert(1)</script></body></html>";
        HttpResponse<String> fromJson = postJson("/api/articles", Map.of("html", html));
        assertThat(fromJson.statusCode()).isEqualTo(201);
        assertThat(json(fromJson).get("title").asString()).isEqualTo("Uploaded story");
        assertThat(json(fromJson).get("text").asString()).startsWith("Hello ").doesNotContain("alert", "<", "onclick");

        HttpResponse<String> upload = postFile("/api/articles?allowDuplicate=true", "story.html",
                html.getBytes(StandardCharsets.UTF_8), Map.of("outlet", "Upload Weekly", "publishedAt", "2026-02-01"));
        assertThat(upload.statusCode()).isEqualTo(201);
        assertThat(json(upload).get("outlet").asString()).isEqualTo("Upload Weekly");
        assertThat(json(upload).get("title").asString()).isEqualTo("Uploaded story");
    }

    @Test
    void badInputGivesTheRightStatusAndAProblem() {
        assertProblem(postJson("/api/articles", Map.of("title", "Empty", "text", "   ")), 400, "empty");
        assertProblem(postJson("/api/articles", Map.of("title", "Both", "text", "a", "html", "<p>b</p>")), 400, "one of the three");
        assertProblem(postJson("/api/articles", Map.of("title", "No body")), 400, "one of the three");
        assertProblem(postJson("/api/articles", Map.of("html", "<script>alert(1)</script>")), 400, "no readable text");
        assertProblem(postFile("/api/articles", "scan.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), Map.of("title", "PDF")),
                415, ".txt, .md and .html");
        assertProblem(postFile("/api/articles", "big.txt", "a".repeat(5 * 1024 * 1024 + 10).getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Big")), 413, "import limit");
        assertProblem(postFile("/api/articles", "broken.txt", new byte[] {'C', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xE2},
                Map.of("title", "Broken")), 400, "invalid byte sequence");
        assertProblem(postFile("/api/articles", "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13},
                Map.of("title", "Binary")), 400, "binary");
        assertProblem(api.get("/api/articles/999999999", user, TestAccounts.PASSWORD), 404, "No article");
        assertProblem(api.get("/api/articles?size=1000", user, TestAccounts.PASSWORD), 400, "size");
        assertThat(api.get("/api/articles").statusCode()).isEqualTo(401);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(response).get("detail").asString()).contains(detail);
    }
}
