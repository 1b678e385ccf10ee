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
import com.credence.review.ReviewService;
import com.credence.security.Roles;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/articles/{id}/export in every format: media type, file name, scope, and a clear 400 for an unknown format. */
@IntegrationTest
class ExportApiTest {

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

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void everyFormatOverHttpApprovedOnlyByDefault() {
        String checker = accounts.create("exp-checker", Roles.FACT_CHECKER).username();
        String editor = accounts.create("exp-editor", Roles.EDITOR).username();
        accounts.signInAs(checker);
        ArticleDetail article = articleImport.importArticle(new ImportSource.Pasted("The mayor said the fund is empty. Auditors disagree. "
                + UUID.randomUUID(), ImportFormat.TEXT), new ArticleMetadata("Fund “empty”", "The Courier", null, null, null), false);
        AnnotationView approved = annotations.create(article.id(), AnnotationDraft.tagging(0, 9, "attributed"));
        AnnotationView draft = annotations.create(article.id(), AnnotationDraft.tagging(34, 42, "contested"));
        annotations.submit(article.id(), approved.id());
        accounts.signInAs(editor);
        review.decide(article.id(), approved.id(), null, ReviewMove.APPROVE, null, null);

        ApiClient api = new ApiClient(port);
        String base = "/api/articles/" + article.id() + "/export?format=";
        for (String format : List.of("html", "jsonld", "csv", "jsonl", "md")) {
            HttpResponse<String> r = api.get(base + format, checker, TestAccounts.PASSWORD);
            assertThat(r.statusCode()).as(format).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).as(format)
                    .contains("attachment").contains("fund-empty-" + article.id() + ".");
            assertThat(r.body()).as(format).contains(approved.quote());
            if (!format.equals("html") && !format.equals("md")) { // the report holds the whole text, the data only annotations
                assertThat(r.body()).as(format).doesNotContain(draft.quote());
            }
        }
        assertThat(api.get(base + "jsonl", checker, TestAccounts.PASSWORD).body().strip().split("\n")).hasSize(1);
        assertThat(api.get(base + "jsonl&scope=all", checker, TestAccounts.PASSWORD).body().strip().split("\n")).hasSize(2);
        assertThat(api.get(base + "jsonld", checker, TestAccounts.PASSWORD).headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/ld+json").contains("http://www.w3.org/ns/anno.jsonld");
        assertThat(api.get(base + "csv", checker, TestAccounts.PASSWORD).headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/csv");
        assertThat(api.get(base + "html", checker, TestAccounts.PASSWORD).headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/html");
        HttpResponse<String> pdf = api.get(base + "pdf", checker, TestAccounts.PASSWORD);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("fund-empty-" + article.id() + ".pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(JsonMapper.builder().build().readTree(api.get(base + "jsonld&scope=all", checker, TestAccounts.PASSWORD).body())
                .get("total").asInt()).isEqualTo(2);

        HttpResponse<String> unknown = api.get(base + "docx", checker, TestAccounts.PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("docx").contains("csv, html, jsonl, jsonld, md");
        assertThat(api.get(base + "csv&scope=some", checker, TestAccounts.PASSWORD).statusCode()).isEqualTo(400);
        assertThat(api.get("/api/articles/987654321/export?format=csv", checker, TestAccounts.PASSWORD).statusCode()).isEqualTo(404);
        assertThat(api.get(base + "csv").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/exports/formats", checker, TestAccounts.PASSWORD).body()).contains("\"jsonld\"", "\"html\"");
    }
}
