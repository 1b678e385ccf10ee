package com.credence.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.ReviewMove;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.review.AssignmentService;
import com.credence.review.ReviewService;
import com.credence.security.Roles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch export over HTTP: POST starts a job (202 and Location), GET follows it to the end, the zip
 * holds a folder per format and a manifest whose sizes and hashes match; each part of the filter
 * narrows the articles; bad requests get a clear 400 and start nothing; jobs are their owner's.
 */
@IntegrationTest
class BatchExportApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ReviewService review;
    @Autowired
    AssignmentService assignments;

    ApiClient api;
    String editor;
    String otherEditor;
    String checker;
    String outlet;
    ArticleDetail january;
    ArticleDetail february;
    ArticleDetail elsewhere;
    AnnotationView approved;
    AnnotationView submitted;

    @BeforeEach
    void articles() {
        api = new ApiClient(port);
        editor = accounts.create("batch-editor", Roles.EDITOR).username();
        otherEditor = accounts.create("batch-other", Roles.EDITOR).username();
        checker = accounts.create("batch-checker", Roles.FACT_CHECKER).username();
        outlet = "Batch Courier " + UUID.randomUUID();
        accounts.signInAs(checker);
        january = imported("Budget “balanced”", outlet, LocalDate.of(2026, 1, 10), "The treasurer said the budget is balanced. Auditors doubt it.");
        february = imported("Ferry =cancelled", outlet, LocalDate.of(2026, 2, 20), "The mayor said the ferry runs. The harbour says otherwise.");
        elsewhere = imported("Elsewhere", "Other " + UUID.randomUUID(), LocalDate.of(2026, 1, 15), "Nothing to see here at all.");
        approved = annotations.create(january.id(), AnnotationDraft.tagging(0, 13, "attributed"));
        annotations.submit(january.id(), approved.id());
        submitted = annotations.create(february.id(), AnnotationDraft.tagging(0, 9, "contested"));
        annotations.submit(february.id(), submitted.id());
        accounts.signInAs(editor);
        review.decide(january.id(), approved.id(), null, ReviewMove.APPROVE, null, null);
        assignments.assign(february.id(), List.of(checker), null);
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    ArticleDetail imported(String title, String outletName, LocalDate published, String text) {
        return articleImport.importArticle(new ImportSource.Pasted(text + " " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata(title, outletName, null, null, published), false);
    }

    @Test
    void aBatchRunsInTheBackgroundAndItsZipHoldsEveryFormatAndAManifest() throws Exception {
        HttpResponse<String> started = api.send("POST", "/api/exports", editor, null,
                Map.of("outlet", outlet.toUpperCase(), "formats", List.of("csv", "jsonld", "pdf", "md", "csv")));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        JsonNode job = JSON.readTree(started.body());
        assertThat(location).isEqualTo("/api/exports/" + job.get("id").asString());
        assertThat(job.get("total").asInt()).isEqualTo(2);
        assertThat(job.get("formats").toString()).isEqualTo("[\"csv\",\"jsonld\",\"pdf\",\"md\"]");

        JsonNode done = awaitDone(location, editor);
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("done").asInt()).isEqualTo(2);
        assertThat(done.get("download").asString()).isEqualTo(location + "/download");
        assertThat(done.get("filter").get("inWords").asString()).contains("outlet");

        HttpResponse<byte[]> zip = bytes(done.get("download").asString(), editor);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow()).contains(done.get("fileName").asString());
        Map<String, byte[]> entries = unzip(zip.body());
        assertThat(entries).containsKeys("manifest.json", "csv/budget-balanced-" + january.id() + ".csv",
                "pdf/ferry-cancelled-" + february.id() + ".pdf", "jsonld/budget-balanced-" + january.id() + ".jsonld");
        assertThat(entries).hasSize(1 + 2 * 4);
        JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("exportedBy").asString()).isEqualTo(editor);
        assertThat(manifest.get("scope").asString()).isEqualTo("approved");
        assertThat(manifest.get("articleCount").asInt()).isEqualTo(2);
        assertThat(manifest.get("articles").get(0).get("id").asLong()).isEqualTo(january.id());
        assertThat(manifest.get("articles").get(0).get("annotations").asInt()).isEqualTo(1); // approved only
        assertThat(manifest.get("articles").get(1).get("annotations").asInt()).isZero();
        for (JsonNode article : manifest.get("articles")) {
            for (JsonNode file : article.get("files")) {
                byte[] content = entries.get(file.get("path").asString());
                assertThat(content).as(file.get("path").asString()).isNotNull();
                assertThat(file.get("bytes").asLong()).isEqualTo(content.length);
                assertThat(file.get("sha256").asString())
                        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
            }
        }
        assertThat(new String(entries.get("csv/budget-balanced-" + january.id() + ".csv"), StandardCharsets.UTF_8))
                .contains(approved.quote());
        assertThat(new String(entries.get("pdf/ferry-cancelled-" + february.id() + ".pdf"), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        // listed as mine, not as the other editor's, whose requests for it find nothing
        assertThat(api.get("/api/exports", editor, TestAccounts.PASSWORD).body()).contains(job.get("id").asString());
        assertThat(api.get("/api/exports", otherEditor, TestAccounts.PASSWORD).body()).doesNotContain(job.get("id").asString());
        assertThat(api.get(location, otherEditor, TestAccounts.PASSWORD).statusCode()).isEqualTo(404);
        assertThat(bytes(location + "/download", otherEditor).statusCode()).isEqualTo(404);
        assertThat(api.send("DELETE", location, otherEditor, null, null).statusCode()).isEqualTo(404);

        // removed by its owner: gone from the list and the API
        assertThat(api.send("DELETE", location, editor, null, null).statusCode()).isEqualTo(204);
        assertThat(api.get(location, editor, TestAccounts.PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void eachPartOfTheFilterNarrowsTheArticles() {
        assertThat(total(Map.of("outlet", outlet, "publishedFrom", "2026-02-01", "formats", List.of("jsonl")))).isEqualTo(1);
        assertThat(total(Map.of("outlet", outlet, "publishedTo", "2026-01-31", "formats", List.of("jsonl")))).isEqualTo(1);
        assertThat(total(Map.of("outlet", outlet, "assignee", checker, "formats", List.of("jsonl")))).isEqualTo(1);
        assertThat(total(Map.of("outlet", outlet, "status", "submitted", "formats", List.of("jsonl")))).isEqualTo(1);
        assertThat(total(Map.of("outlet", outlet, "status", "approved", "formats", List.of("jsonl")))).isEqualTo(1);
        assertThat(total(Map.of("outlet", outlet, "formats", List.of("jsonl")))).isEqualTo(2);
    }

    int total(Map<String, Object> body) {
        HttpResponse<String> r = api.send("POST", "/api/exports", otherEditor, null, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode job = JSON.readTree(r.body());
        awaitDone(r.headers().firstValue("Location").orElseThrow(), otherEditor);
        return job.get("total").asInt();
    }

    @Test
    void badRequestsGetAClearMessageAndStartNothing() {
        int before = JSON.readTree(api.get("/api/exports", editor, TestAccounts.PASSWORD).body()).size();
        assertBad(Map.of("outlet", outlet, "formats", List.of()), "Choose at least one format");
        assertBad(Map.of("outlet", outlet, "formats", List.of("docx")), "docx", "csv, html, jsonl, jsonld, md, pdf");
        assertBad(Map.of("outlet", outlet, "publishedFrom", "2026-03-01", "publishedTo", "2026-01-01", "formats", List.of("csv")),
                "starts (2026-03-01) after it ends (2026-01-01)");
        assertBad(Map.of("outlet", outlet, "publishedFrom", "yesterday", "formats", List.of("csv")), "publishedFrom is a date");
        assertBad(Map.of("outlet", outlet, "progress", "halfway", "formats", List.of("csv")), "progress is one of new, in_progress");
        assertBad(Map.of("outlet", "No such outlet " + UUID.randomUUID(), "formats", List.of("csv")), "No articles match");
        assertThat(JSON.readTree(api.get("/api/exports", editor, TestAccounts.PASSWORD).body()).size()).isEqualTo(before);

        // fact-checkers export one article at a time; batches are the editors'
        assertThat(api.send("POST", "/api/exports", checker, null, Map.of("outlet", outlet, "formats", List.of("csv"))).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/exports").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/exports/" + UUID.randomUUID(), editor, TestAccounts.PASSWORD).statusCode()).isEqualTo(404);
    }

    void assertBad(Map<String, Object> body, String... words) {
        HttpResponse<String> r = api.send("POST", "/api/exports", editor, null, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains(words);
    }

    JsonNode awaitDone(String location, String user) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode job = JSON.readTree(api.get(location, user, TestAccounts.PASSWORD).body());
            String status = job.get("status").asString();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                assertThat(status).as(job.toString()).isEqualTo("DONE");
                return job;
            }
            assertThat(System.currentTimeMillis()).as("export still " + status).isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    HttpResponse<byte[]> bytes(String path, String user) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
