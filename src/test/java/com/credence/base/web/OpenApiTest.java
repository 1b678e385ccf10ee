package com.credence.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole HTTP API is described at /api/openapi.json, readable (with its browsable page) without
 * signing in: every operation the application serves under /api and /anno, found at run time in
 * Spring's handler mappings, is in the description with a summary, an example of its request body (if
 * it takes one) and an example of its success response; so a new operation fails this test until it
 * is described. The examples have the members real answers have.
 */
@IntegrationTest
class OpenApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    TestAccounts accounts;

    private JsonNode description() {
        HttpResponse<String> r = new ApiClient(port).get("/api/openapi.json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    @Test
    void theDescriptionIsOpenApi3AndAnyoneMayReadIt() {
        JsonNode doc = description();
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        assertThat(doc.path("info").path("title").asString()).isEqualTo("Credence API");
        assertThat(doc.path("paths").isObject()).isTrue();
        assertThat(doc.path("paths").size()).isGreaterThan(20);
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        // the description itself is not an operation of the API, nor is what answers when none matches
        assertThat(doc.path("paths").propertyNames()).noneMatch(p -> p.startsWith("/api/openapi.json") || p.startsWith("/api/docs")
                || p.contains("*"));
        // and only the description is public: the operations still need sign-in
        assertThat(new ApiClient(port).get("/api/me").statusCode()).isEqualTo(401);
        ApiClient api = new ApiClient(port);
        assertThat(api.send("POST", "/api/openapi.json", "nobody", null, "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void theBrowsablePageLoadsWithoutSigningIn() {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> docs = api.get("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        String page = docs.headers().firstValue("Location").orElseThrow();
        assertThat(page).isEqualTo("/api/swagger-ui/index.html");
        HttpResponse<String> html = api.get(page);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("swagger-ui-bundle.js", "swagger-initializer.js");
        // the protective headers stay; none of them keeps the page from loading its own scripts and styles
        String csp = html.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("script-src", "style-src", "default-src");
        for (String file : List.of("swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css", "index.css")) {
            HttpResponse<String> r = api.get("/api/swagger-ui/" + file);
            assertThat(r.statusCode()).as(file).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(file).containsAnyOf("javascript", "css");
        }
        // the page is told where the description is
        HttpResponse<String> config = api.get("/api/openapi.json/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(config.body()).path("url").asString()).isEqualTo("/api/openapi.json");
        assertThat(api.get("/api/swagger-ui/no-such-file.js").statusCode()).isEqualTo(404);
    }

    @Test
    void aWrongPasswordIsRefusedEvenForThePublicDescription() {
        String user = accounts.create("openapi", Roles.FACT_CHECKER).username();
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/openapi.json", user, TestAccounts.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/openapi.json", user, "not-the-password").statusCode()).isEqualTo(401);
    }

    @Test
    void everyOperationIsDescribedWithASummaryAndExamples() {
        JsonNode doc = description();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : operations().entrySet()) {
            RequestMappingInfo info = e.getKey();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                String path = withoutRegex(pattern);
                for (var m : info.getMethodsCondition().getMethods()) {
                    checked++;
                    String name = m.name() + " " + path;
                    JsonNode op = doc.path("paths").path(path).path(m.name().toLowerCase(Locale.ROOT));
                    if (op.isMissingNode()) {
                        missing.add(name + ": not in the description");
                        continue;
                    }
                    if (op.path("summary").asString("").isBlank()) {
                        missing.add(name + ": no summary");
                    }
                    if (op.path("description").asString("").isBlank()) {
                        missing.add(name + ": no description");
                    }
                    boolean takesBody = java.util.Arrays.stream(e.getValue().getMethodParameters())
                            .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class) || p.hasParameterAnnotation(RequestPart.class));
                    if (takesBody && !hasExample(op.path("requestBody").path("content"))) {
                        missing.add(name + ": no request body example");
                    }
                    // two handlers on one path and method (JSON or an upload) are one operation: each body type is in it
                    for (var type : info.getConsumesCondition().getConsumableMediaTypes()) {
                        if (op.path("requestBody").path("content").path(type.toString()).isMissingNode()) {
                            missing.add(name + ": no " + type + " request body");
                        }
                    }
                    missing.addAll(successProblems(name, doc, op.path("responses")));
                }
            }
        }
        assertThat(checked).as("operations found at run time").isGreaterThan(30);
        assertThat(missing).as("operations not fully described in /api/openapi.json").isEmpty();
    }

    /**
     * The examples have the shape of what the API answers: the same members, at every level, as a real
     * answer to the same request (made here), so an example cannot fall behind a record that changes.
     */
    @Test
    void theExamplesHaveTheShapeOfRealAnswers() {
        JsonNode doc = description();
        ApiClient api = new ApiClient(port);
        String checker = accounts.create("openapi-fc", Roles.FACT_CHECKER).username();
        String admin = accounts.create("openapi-admin", Roles.ADMIN).username();
        HttpResponse<String> imported = api.send("POST", "/api/articles", checker, null, Map.of("title", "Ferry board meets",
                "outlet", "The Coastal Courier", "url", "https://courier.example/" + java.util.UUID.randomUUID(), "byline", "Tom Ashby",
                "publishedAt", "2026-03-10", "text", "The ferry board met on Monday. It agreed to freeze fares, said its chair."));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode article = JSON.readTree(imported.body());
        JsonNode sentence = article.path("sentences").path(0);
        HttpResponse<String> annotated = api.send("POST", "/api/articles/" + article.path("id").asLong() + "/annotations", checker, null,
                Map.of("start", sentence.path("start").asInt(), "end", sentence.path("end").asInt(), "tag", "reported", "source", "the board",
                        "note", "Minutes not yet published.", "evidence", List.of("https://board.example/agenda")));
        assertThat(annotated.statusCode()).as(annotated.body()).isEqualTo(201);
        HttpResponse<String> token = api.send("POST", "/api/tokens", checker, null, Map.of("name", "shape check", "scope", "READ", "days", 30));
        String articlePath = "/api/articles/" + article.path("id").asLong();
        String annotationPath = articlePath + "/annotations/" + JSON.readTree(annotated.body()).path("id").asLong();

        List<String> problems = new ArrayList<>();
        problems.addAll(sameShape(doc, "post", "/api/articles", "201", JSON.readTree(imported.body())));
        problems.addAll(sameShape(doc, "post", "/api/articles/{articleId}/annotations", "201", JSON.readTree(annotated.body())));
        problems.addAll(sameShape(doc, "post", "/api/tokens", "201", JSON.readTree(token.body())));
        Map<String, String[]> reads = new TreeMap<>(Map.of(
                "/api/me", new String[] {"/api/me", checker},
                "/api/articles", new String[] {"/api/articles", checker},
                "/api/articles/{id}", new String[] {articlePath, checker},
                "/api/articles/{articleId}/annotations", new String[] {articlePath + "/annotations", checker},
                "/api/articles/{articleId}/annotations/{id}", new String[] {annotationPath, checker},
                "/api/articles/{articleId}/annotations/{id}/history", new String[] {annotationPath + "/history", checker},
                "/api/review/reasons", new String[] {"/api/review/reasons", checker},
                "/api/me/work", new String[] {"/api/me/work", checker},
                "/api/exports/formats", new String[] {"/api/exports/formats", checker},
                "/api/users/{username}", new String[] {"/api/users/" + checker, admin}));
        reads.put("/api/tokens", new String[] {"/api/tokens", checker});
        reads.put("/api/sources", new String[] {"/api/sources?query=the%20board", checker});
        reads.put("/api/sources/{id}", new String[] {"/api/sources/" + JSON.readTree(annotated.body()).path("sourceId").asLong(), checker});
        reads.forEach((template, call) -> {
            HttpResponse<String> r = api.get(call[0], call[1], TestAccounts.PASSWORD);
            assertThat(r.statusCode()).as(call[0] + ": " + r.body()).isEqualTo(200);
            problems.addAll(sameShape(doc, "get", template, "200", JSON.readTree(r.body())));
        });
        assertThat(problems).as("examples whose members differ from a real answer's").isEmpty();
    }

    private static List<String> sameShape(JsonNode doc, String method, String path, String status, JsonNode actual) {
        JsonNode content = resolve(doc, doc.path("paths").path(path).path(method).path("responses").path(status)).path("content")
                .path("application/json");
        JsonNode example = content.has("example") ? content.path("example") : content.path("examples").values().stream()
                .map(e -> e.path("value")).findFirst().orElse(null);
        List<String> problems = new ArrayList<>();
        if (example == null || example.isMissingNode()) {
            problems.add(method.toUpperCase(Locale.ROOT) + " " + path + " " + status + ": no example");
        } else {
            compare(method.toUpperCase(Locale.ROOT) + " " + path + " " + status, example, actual, problems);
        }
        return problems;
    }

    private static void compare(String where, JsonNode example, JsonNode actual, List<String> problems) {
        if (example.isObject() && actual.isObject()) {
            var exampleNames = new java.util.TreeSet<>(example.propertyNames());
            var actualNames = new java.util.TreeSet<>(actual.propertyNames());
            if (!exampleNames.equals(actualNames)) {
                problems.add(where + ": the example has " + exampleNames + ", the API answers " + actualNames);
                return;
            }
            for (String name : exampleNames) {
                if (!example.path(name).isNull() && !actual.path(name).isNull()) {
                    compare(where + "." + name, example.path(name), actual.path(name), problems);
                }
            }
        } else if (example.isArray() && actual.isArray()) {
            if (!example.isEmpty() && !actual.isEmpty()) {
                compare(where + "[0]", example.path(0), actual.path(0), problems);
            }
        } else if (example.isContainer() != actual.isContainer() || example.isNumber() != actual.isNumber()
                || example.isBoolean() != actual.isBoolean()) {
            problems.add(where + ": the example is " + example.getNodeType() + ", the API answers " + actual.getNodeType());
        }
    }

    /** The application's own operations under /api and /anno (not the API's catch-all, not springdoc's endpoints). */
    private Map<RequestMappingInfo, HandlerMethod> operations() {
        Map<RequestMappingInfo, HandlerMethod> ops = new TreeMap<>(Comparator.comparing(RequestMappingInfo::toString));
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPathPatternsCondition() == null || !handler.getBeanType().getPackageName().startsWith("com.credence.")) {
                return;
            }
            if (info.getPathPatternsCondition().getPatternValues().stream()
                    .anyMatch(p -> (p.startsWith("/api/") || p.startsWith("/anno/")) && !p.equals("/api/**"))) {
                ops.put(info, handler);
            }
        });
        return ops;
    }

    /** {@code /api/exports/{job:[0-9a-f-]{36}}} as OpenAPI writes it: {@code /api/exports/{job}}. */
    static String withoutRegex(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int depth = 0;
                int end = i;
                for (; end < pattern.length(); end++) {
                    depth += pattern.charAt(end) == '{' ? 1 : pattern.charAt(end) == '}' ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
                String variable = pattern.substring(i + 1, end);
                int colon = variable.indexOf(':');
                out.append('{').append(colon < 0 ? variable : variable.substring(0, colon)).append('}');
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The first 2xx response must be there and, unless it has no body (204), carry an example. */
    private static List<String> successProblems(String name, JsonNode doc, JsonNode responses) {
        String success = responses.propertyNames().stream().filter(code -> code.startsWith("2")).sorted().findFirst().orElse(null);
        if (success == null) {
            return List.of(name + ": no success response");
        }
        JsonNode response = resolve(doc, responses.path(success));
        if (success.equals("204")) {
            return List.of();
        }
        if (name.startsWith("OPTIONS ")) { // headers only: they must be described instead
            return response.path("headers").has("Allow") ? List.of() : List.of(name + ": no Allow header described");
        }
        List<String> problems = new ArrayList<>();
        if (!hasExample(response.path("content"))) {
            problems.add(name + ": no example of its " + success + " response");
        }
        response.path("content").properties().forEach(media -> {
            if (media.getKey().equals("application/json") && media.getValue().path("schema").isMissingNode()) {
                problems.add(name + ": no schema for its " + success + " response");
            }
        });
        return problems;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asString("");
        if (ref.startsWith("#/")) {
            JsonNode target = doc;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            return target;
        }
        return node;
    }

    /**
     * At least one media type with an example; a JSON one must be JSON (an example that is not valid
     * JSON would appear as a string).
     */
    private static boolean hasExample(JsonNode content) {
        boolean any = false;
        for (String type : content.propertyNames()) {
            JsonNode media = content.path(type);
            List<JsonNode> values = new ArrayList<>();
            if (media.has("example")) {
                values.add(media.path("example"));
            }
            media.path("examples").forEach(ex -> values.add(ex.path("value")));
            for (JsonNode value : values) {
                if (value.isMissingNode() || value.isNull()) {
                    continue;
                }
                if (type.contains("json") && !type.contains("jsonl") && value.isString()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
