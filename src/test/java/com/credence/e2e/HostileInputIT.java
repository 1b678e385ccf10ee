package com.credence.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile-input corpus (src/test/resources/hostile/cases.tsv, written for Credence): every case
 * goes in through the API's text fields and upload path; each is refused with a clear 4xx problem and
 * nothing stored, or stored and then shown in a real browser as plain text, with nothing run and
 * nothing injected (the browser half in the H2 pass only: tag {@link IntegrationTest#PAGE}). The CSV export of what was stored starts no cell with a formula character.
 */
@IntegrationTest
class HostileInputIT extends BrowserCase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Writes every character outside ASCII as a \\u escape, so that half a surrogate pair reaches the server as sent. */
    private static final JsonMapper ESCAPING = JsonMapper.builder().enable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final Set<String> ARTICLE_FIELDS = Set.of("title", "text", "html", "markdown", "outlet", "byline", "url");
    private static final Set<String> ANNOTATION_FIELDS = Set.of("note", "source", "cue", "evidence");

    @Autowired
    TestAccounts accounts;

    record Case(int line, String field, boolean inert, String value) {
        @Override
        public String toString() {
            return "line " + line + " " + field + " " + (inert ? "inert" : "refuse");
        }
    }

    static List<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = HostileInputIT.class.getResourceAsStream("/hostile/cases.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\t", 3);
                cases.add(new Case(i + 1, parts[0], parts[1].equals("inert"), value(parts.length > 2 ? parts[2] : "")));
            }
        }
        return cases;
    }

    /** The value with its escapes read, and the generated ones made: LONG:n, LONGURL:n, DEEP:marker:n. */
    static String value(String raw) {
        if (raw.startsWith("LONG:")) {
            return "a".repeat(Integer.parseInt(raw.substring(5)));
        }
        if (raw.startsWith("LONGURL:")) {
            return "https://example.org/" + "a".repeat(Integer.parseInt(raw.substring(8)) - 20);
        }
        if (raw.startsWith("DEEP:")) {
            String[] p = raw.split(":");
            return p[1].replace("-", "- ").replace(">", "> ").repeat(Integer.parseInt(p[2])) + "Deep down. Two.";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case '\\' -> out.append('\\');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append('\\').append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What the corpus left in the database: the articles stored (page path and the title it must show) and the base article. */
    private record Stored(Map<String, String> inertArticles, long baseId) {
    }

    /**
     * Every case on both databases: refused with a 4xx problem and nothing stored, or stored (PostgreSQL
     * refuses some characters H2 takes, and its columns have their own limits); the CSV export of what was
     * stored starts no cell with a formula character.
     */
    @Test
    void everyCaseIsRefusedWithNothingStoredOrStoredAndExportedWithoutFormulas() throws Exception {
        ApiClient api = new ApiClient(port);
        String editor = accounts.create("hostile-editor", Roles.EDITOR).username();
        Stored stored = store(api, editor, accounts.create("hostile-admin", Roles.ADMIN).username(), true);
        long baseId = stored.baseId();

        // the CSV export of the annotations: no cell starts with a formula character
        HttpResponse<String> csv = api.send("GET", "/api/articles/" + baseId + "/export?format=csv&scope=all", editor, null, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        for (List<String> row : com.credence.Csv.rows(csv.body())) {
            for (String cell : row) {
                assertThat(cell).as("a CSV cell").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
    }

    /**
     * Every stored case in a real browser: nothing runs, nothing is injected, the text is there as text. What
     * a page shows of a stored value does not depend on the database, so this half runs in the H2 pass only.
     */
    @Test
    @org.junit.jupiter.api.Tag(IntegrationTest.PAGE)
    void everyStoredCaseIsShownInertInTheBrowser() throws Exception {
        ApiClient api = new ApiClient(port);
        String editor = accounts.create("hostile-reader", Roles.EDITOR).username();
        String admin = accounts.create("hostile-admin", Roles.ADMIN).username();
        Stored stored = store(api, editor, admin, false);
        Map<String, String> inertArticles = stored.inertArticles();
        long baseId = stored.baseId();

        // every stored case, in a real browser: nothing runs, nothing is injected, the text is there as text
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = signIn(context, editor, TestAccounts.PASSWORD);
            List<String> dialogs = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            for (var e : inertArticles.entrySet()) {
                page.navigate(url(e.getKey()));
                assertThat(page.locator("credence-text[data-ready]")).isAttached();
                assertThat(page.locator("h1.article-title")).hasText(e.getValue().strip().replaceAll("\\s+", " "));
                inert(page, e.getKey(), dialogs);
            }
            page.navigate(url("/articles/" + baseId));
            assertThat(page.locator("credence-text[data-ready]")).isAttached();
            assertThat(page.locator(".annotation-item").first()).isVisible();
            inert(page, "base article", dialogs);
            // each annotation's form (note, source, cue, evidence) opened in turn
            int items = Math.min(12, page.locator(".annotation-item").count());
            for (int i = 0; i < items; i++) {
                page.locator(".annotation-item").nth(i).click();
                inert(page, "annotation " + i, dialogs);
            }
            for (String path : List.of("/", "/articles", "/profile", "/review?status=DRAFT")) {
                page.navigate(url(path));
                page.waitForTimeout(400);
                inert(page, path, dialogs);
            }
        }
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, admin, TestAccounts.PASSWORD);
            page.navigate(url("/admin/users"));
            assertThat(page.locator("vaadin-grid")).isVisible();
            page.waitForTimeout(400);
            inert(page, "/admin/users", new ArrayList<>());
        }
    }

    /**
     * Sends the corpus through the API: every case, or only those to be stored ({@code refusals} false). A case
     * to be refused must get a 4xx problem with a detail and leave no article and no annotation behind.
     */
    private Stored store(ApiClient api, String editor, String admin, boolean refusals) throws Exception {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);

        // the article the annotation cases go on: one sentence each
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            base.append("Sentence number ").append(i).append(" of the base. ");
        }
        base.append(UUID.randomUUID());
        JsonNode baseArticle = json(api.send("POST", "/api/articles", editor, null, Map.of("title", "Hostile base", "text", base.toString())));
        long baseId = baseArticle.get("id").asLong();
        JsonNode sentences = baseArticle.get("sentences");

        Map<String, String> inertArticles = new LinkedHashMap<>(); // page path -> what must show as text there
        int n = 0;
        for (Case c : cases) {
            n++;
            if (!refusals && !c.inert()) {
                continue;
            }
            // what a refusal must leave as it was (read only for the cases to be refused)
            long articlesBefore = c.inert() ? -1 : count(api, editor, "/api/articles?size=1", "totalElements");
            int annotationsBefore = c.inert() ? -1 : json(api.send("GET", "/api/articles/" + baseId + "/annotations", editor, null, null)).size();
            HttpResponse<String> r;
            if (ARTICLE_FIELDS.contains(c.field())) {
                r = article(api, editor, c, n);
            } else if (ANNOTATION_FIELDS.contains(c.field())) {
                JsonNode s = sentences.get(n - 1);
                Map<String, Object> body = new LinkedHashMap<>(Map.of("start", s.get("start").asInt(), "end", s.get("end").asInt(), "tag",
                        "contested"));
                body.put(c.field(), c.field().equals("evidence") ? List.of(c.value()) : c.value());
                r = send(api, "POST", "/api/articles/" + baseId + "/annotations", editor, body);
            } else if (c.field().equals("displayName")) {
                r = send(api, "POST", "/api/users", admin, Map.of("username", "hostile-" + n + "-" + UUID.randomUUID().toString().substring(0, 6),
                        "displayName", c.value(), "password", "hostile-pass-123", "roles", List.of("FACT_CHECKER")));
            } else if (c.field().equals("tokenName")) {
                r = send(api, "POST", "/api/tokens", editor, Map.of("name", c.value(), "scope", "READ", "days", 1));
            } else {
                throw new IllegalArgumentException("Unknown field in " + c);
            }
            if (!c.inert()) {
                assertThat(r.statusCode()).as(c + ": " + r.body()).isBetween(400, 499).isNotIn(401, 403, 404);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(c.toString()).startsWith("application/problem+json");
                assertThat(JSON.readTree(r.body()).get("detail").asString()).as(c.toString()).isNotBlank();
                assertThat(count(api, editor, "/api/articles?size=1", "totalElements")).as(c + " stored nothing").isEqualTo(articlesBefore);
                assertThat(json(api.send("GET", "/api/articles/" + baseId + "/annotations", editor, null, null)).size())
                        .as(c + " stored nothing").isEqualTo(annotationsBefore);
                continue;
            }
            assertThat(r.statusCode()).as(c + ": " + r.body()).isIn(200, 201);
            if (ARTICLE_FIELDS.contains(c.field())) {
                JsonNode a = json(r);
                inertArticles.put("/articles/" + a.get("id").asLong(), a.get("title").asString());
            }
        }
        return new Stored(inertArticles, baseId);
    }

    private static void inert(Page page, String where, List<String> dialogs) {
        assertThat(page.evaluate("() => window.__pwned === undefined")).as("nothing ran on " + where).isEqualTo(true);
        assertThat(dialogs).as("no dialog on " + where).isEmpty();
        Number injected = (Number) page.evaluate("""
                () => document.querySelectorAll('[onerror],[onload],[onmouseover],[onclick],[onfocus],[ontoggle],iframe,object,embed,'
                  + 'a[href^="javascript:"],base[href^="javascript:"],form[action^="javascript:"]').length
                  + [...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)
                      .reduce((n, r) => n + r.querySelectorAll('[onerror],[onload],iframe,script:not([src])').length, 0)""");
        assertThat(injected.intValue()).as("nothing injected on " + where).isZero();
    }

    private HttpResponse<String> article(ApiClient api, String user, Case c, int n) {
        String unique = " Case " + n + " " + UUID.randomUUID() + ".";
        if (c.field().equals("markdown")) {
            String boundary = "----hostile" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nMarkdown case " + n + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"case.md\"\r\n"
                    + "Content-Type: text/markdown\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes((c.value() + "\n\n" + unique).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/articles?allowDuplicate=true"))
                    .header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Case " + n);
        switch (c.field()) {
            case "text" -> body.put("text", c.value().isBlank() ? c.value() : c.value() + unique);
            case "html" -> body.put("html", c.value() + "<p>" + unique + "</p>");
            default -> {
                body.put("text", "The council met on Monday. It agreed." + unique);
                body.put(c.field(), c.value());
            }
        }
        return send(api, "POST", "/api/articles?allowDuplicate=true", user, body);
    }

    private static HttpResponse<String> send(ApiClient api, String method, String path, String user, Object body) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + path)).header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(ESCAPING.writeValueAsString(body), StandardCharsets.UTF_8)).build());
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private static long count(ApiClient api, String user, String path, String field) {
        return json(api.send("GET", path, user, null, null)).get(field).asLong();
    }
}
