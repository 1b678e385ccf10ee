package com.credence.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.TestDatabases;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.security.Roles;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Operations: health for anyone (probes need no credentials), its details and the metrics for admins
 * only; the metrics count requests, annotations written and changes delivered to open pages.
 */
@IntegrationTest
class OperationsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;

    private HttpResponse<String> get(String path, String user) {
        ApiClient api = new ApiClient(port);
        return user == null ? api.get(path) : api.get(path, user, TestAccounts.PASSWORD);
    }

    @Test
    void healthAndItsProbesAnswerWithoutCredentialsAndShowDetailsOnlyToAdmins() {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
        assertThat(get("/actuator/health/liveness", null).body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness", null).body()).contains("\"status\":\"UP\"");

        String admin = accounts.create("ops-admin", Roles.ADMIN).username();
        assertThat(get("/actuator/health", admin).body()).contains("\"db\"", TestDatabases.postgres() ? "\"PostgreSQL\"" : "\"H2\"");
        assertThat(get("/actuator/health/readiness", admin).body()).contains("\"db\"", "\"readinessState\"");
    }

    @Test
    void metricsAreForAdminsOnly() {
        String checker = accounts.create("ops-checker", Roles.FACT_CHECKER).username();
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", checker).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", checker).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/env", null).statusCode()).isIn(401, 404);
        String admin = accounts.create("ops-admin", Roles.ADMIN).username();
        assertThat(get("/actuator/env", admin).body()).doesNotContain("propertySources", "activeProfiles"); // not exposed at all
    }

    @Test
    void prometheusCountsRequestsAndAnnotationsWritten() {
        String admin = accounts.create("ops-admin", Roles.ADMIN, Roles.EDITOR).username();
        double before = created(get("/actuator/prometheus", admin).body());
        accounts.signInAs(admin);
        try {
            var article = articleImport.importArticle(new ImportSource.Pasted("The mayor said the ferry runs daily. "
                    + UUID.randomUUID(), ImportFormat.TEXT), new ArticleMetadata("Ferry", null, null, null, null), false);
            annotations.create(article.id(), AnnotationDraft.tagging(0, 36, "attributed"));
            annotations.create(article.id(), AnnotationDraft.tagging(0, 9, "reported"));
        } finally {
            TestAccounts.signOut();
        }
        String metrics = get("/actuator/prometheus", admin).body();
        assertThat(created(metrics)).isEqualTo(before + 2);
        assertThat(metrics).contains("http_server_requests_seconds_count", "credence_events_delivered_total");
    }

    private static double created(String prometheus) {
        Matcher m = Pattern.compile("(?m)^credence_annotations_written_total\\{change=\"created\"[^}]*\\} ([0-9.E]+)$").matcher(prometheus);
        assertThat(m.find()).as("the created counter in\n" + prometheus.lines().filter(l -> l.contains("credence")).toList()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
