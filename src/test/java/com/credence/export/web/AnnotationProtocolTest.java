package com.credence.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.security.ApiTokenScope;
import com.credence.security.ApiTokens;
import com.credence.security.Roles;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The W3C Web Annotation Protocol over real HTTP: every MUST of the protocol for the article's
 * container, its pages and its annotations (the headers the W3C's server tests check), paging,
 * Prefer, conditional changes, annotations in W3C form landing as Credence annotations (code points
 * converted to UTF-16), others kept exactly as posted, bad input refused, rights, and Credence's own
 * annotations coming out as the export writes them.
 */
@IntegrationTest
class AnnotationProtocolTest {

    static final String PROFILE = "http://www.w3.org/ns/anno.jsonld";
    static final String LD = "application/ld+json; profile=\"" + PROFILE + "\"";
    /** An astral character (two UTF-16 units, one code point) before the spans. */
    static final String TEXT = "🦀 Officials said the bridge will reopen in May. Critics disagree with that. "
            + "The mayor said costs rose. Engineers found cracks. Residents want answers.";
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ApiTokens tokens;
    @LocalServerPort
    int port;

    ApiClient api;
    String user;
    ArticleDetail article;
    String container;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        user = accounts.create("anno", Roles.FACT_CHECKER).username();
        accounts.signInAs(user);
        article = articleImport.importArticle(new ImportSource.Pasted(TEXT + " " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Bridge", null, "https://courier.example/bridge-" + UUID.randomUUID(), null, null), true);
        TestAccounts.signOut();
        container = api.base() + "/anno/" + article.id() + "/";
    }

    private HttpResponse<String> call(String method, String url, @Nullable String body, String... headers) {
        return callAs(ApiClient.basic(user, TestAccounts.PASSWORD), method, url, body, headers);
    }

    private HttpResponse<String> callAs(String authorization, String method, String url, @Nullable String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : api.base() + url))
                .header("Authorization", authorization);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            b.header("Content-Type", LD);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return api.send(b.build());
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private static String header(HttpResponse<String> r, String name) {
        String value = String.join(", ", r.headers().allValues(name));
        // Location names no host (Credence never repeats the Host a request claimed): resolved against the request
        return name.equals("Location") && !value.isEmpty() ? r.uri().resolve(value).toString() : value;
    }

    private List<AnnotationView> tagSentences(int n) {
        accounts.signInAs(user);
        String text = article.text();
        List<AnnotationView> made = new ArrayList<>();
        int from = text.indexOf("Officials");
        for (int i = 0; i < n; i++) {
            int end = text.indexOf('.', from) + 1;
            made.add(annotations.create(article.id(), AnnotationDraft.tagging(from, end, "reported")));
            from = end + 1;
        }
        TestAccounts.signOut();
        return made;
    }

    private String quoteOnly(String exact, String tag) {
        return """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
                 "body": {"type": "SpecificResource", "source": "%s", "purpose": "classifying"},
                 "target": {"source": "%s", "selector": {"type": "TextQuoteSelector", "exact": "%s"}}}
                """.formatted(tag, article.url(), exact);
    }

    @Test
    void theContainerAnswersWithTheHeadersAndPagesTheProtocolRequires() {
        List<AnnotationView> made = tagSentences(5);

        HttpResponse<String> r = call("GET", container + "?size=2", null, "Accept", LD);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Content-Type")).startsWith("application/ld+json").contains("profile=\"" + PROFILE + "\"");
        assertThat(header(r, "Link")).contains("<http://www.w3.org/ns/ldp#BasicContainer>; rel=\"type\"")
                .contains("AnnotationCollection>; rel=\"type\"")
                .contains("<http://www.w3.org/TR/annotation-protocol/>; rel=\"http://www.w3.org/ns/ldp#constrainedBy\"");
        assertThat(header(r, "Allow")).contains("GET", "HEAD", "OPTIONS", "POST");
        assertThat(header(r, "Vary")).contains("Accept", "Prefer");
        assertThat(header(r, "Accept-Post")).contains("application/ld+json");
        String etag = header(r, "ETag");
        assertThat(etag).startsWith("\"");
        JsonNode c = json(r);
        assertThat(header(r, "Content-Location")).isEqualTo(c.get("id").asString()).isEqualTo(container);
        assertThat(c.get("@context").toString()).contains(PROFILE);
        assertThat(c.get("type").toString()).contains("BasicContainer", "AnnotationCollection");
        assertThat(c.get("total").asInt()).isEqualTo(5);
        assertThat(c.get("last").asString()).isEqualTo(container + "?size=2&page=2");
        JsonNode first = c.get("first");
        assertThat(first.get("type").asString()).isEqualTo("AnnotationPage");
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("startIndex").asInt()).isZero();

        // the pages, followed by next, then back by prev
        List<String> ids = new ArrayList<>();
        String next = first.get("id").asString();
        int pages = 0;
        String lastPage = null;
        while (next != null) {
            HttpResponse<String> p = call("GET", next, null);
            assertThat(p.statusCode()).isEqualTo(200);
            assertThat(header(p, "Content-Type")).contains("profile=\"" + PROFILE + "\"");
            assertThat(header(p, "Vary")).contains("Accept");
            assertThat(header(p, "Allow")).contains("GET");
            JsonNode page = json(p);
            assertThat(header(p, "Content-Location")).isEqualTo(page.get("id").asString()).isEqualTo(next);
            assertThat(page.get("type").asString()).isEqualTo("AnnotationPage");
            assertThat(page.get("partOf").get("id").asString()).isEqualTo(container);
            assertThat(page.get("partOf").get("total").asInt()).isEqualTo(5);
            assertThat(page.get("startIndex").asInt()).isEqualTo(pages * 2);
            assertThat(page.has("prev")).isEqualTo(pages > 0);
            page.get("items").forEach(item -> ids.add(item.get("id").asString()));
            lastPage = next;
            next = page.has("next") ? page.get("next").asString() : null;
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(lastPage).isEqualTo(c.get("last").asString());
        assertThat(ids).containsExactlyElementsOf(made.stream().map(a -> container + a.id()).toList());
        JsonNode back = json(call("GET", json(call("GET", lastPage, null)).get("prev").asString(), null));
        assertThat(back.get("startIndex").asInt()).isEqualTo(2);
        assertThat(call("GET", container + "?size=2&page=3", null).statusCode()).isEqualTo(404);

        // HEAD: the same headers, no body; a conditional GET: 304
        HttpResponse<String> head = call("HEAD", container + "?size=2", null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "ETag")).isEqualTo(etag);
        assertThat(header(head, "Link")).contains("ldp#BasicContainer");
        assertThat(call("GET", container + "?size=2", null, "If-None-Match", etag).statusCode()).isEqualTo(304);

        HttpResponse<String> options = call("OPTIONS", container, null);
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(header(options, "Allow")).contains("GET", "HEAD", "OPTIONS", "POST");
        assertThat(header(options, "Link")).contains("ldp#BasicContainer").contains("ldp#constrainedBy");
        assertThat(header(options, "Vary")).contains("Accept");

        // plain JSON for a caller that accepts only that; nothing for one that wants Turtle
        assertThat(header(call("GET", container, null, "Accept", "application/json"), "Content-Type")).startsWith("application/json");
        assertThat(call("GET", container, null, "Accept", "text/turtle").statusCode()).isEqualTo(406);
        assertThat(call("GET", api.base() + "/anno/987654321/", null).statusCode()).isEqualTo(404);
    }

    @Test
    void preferAsksForAMinimalContainerOrForIrisOnly() {
        tagSentences(3);
        HttpResponse<String> minimal = call("GET", container, null, "Prefer",
                "return=representation;include=\"http://www.w3.org/ns/ldp#PreferMinimalContainer\"");
        assertThat(minimal.statusCode()).isEqualTo(200);
        assertThat(header(minimal, "Preference-Applied")).isEqualTo("return=representation");
        assertThat(header(minimal, "Vary")).contains("Prefer");
        JsonNode m = json(minimal);
        assertThat(m.get("first").isString()).isTrue();
        assertThat(m.get("last").isString()).isTrue();
        assertThat(m.get("total").asInt()).isEqualTo(3);
        assertThat(minimal.body()).doesNotContain("\"items\"");

        HttpResponse<String> irisResponse = call("GET", container, null, "Prefer",
                "return=representation;include=\"http://www.w3.org/ns/oa#PreferContainedIRIs\"");
        JsonNode iris = json(irisResponse);
        assertThat(iris.get("id").asString()).isEqualTo(container + "?iris=1");
        assertThat(header(irisResponse, "Content-Location")).isEqualTo(container + "?iris=1");
        assertThat(iris.get("first").get("items")).hasSize(3).allSatisfy(item -> {
            assertThat(item.isString()).isTrue();
            assertThat(item.asString()).startsWith(container);
        });
        assertThat(iris.get("first").get("id").asString()).isEqualTo(container + "?iris=1&page=0");

        JsonNode descriptions = json(call("GET", container, null, "Prefer",
                "return=representation;include=\"http://www.w3.org/ns/oa#PreferContainedDescriptions\""));
        assertThat(descriptions.get("first").get("items").get(0).get("type").asString()).isEqualTo("Annotation");
    }

    @Test
    void anAnnotationIsCreatedReadChangedOnlyWithIfMatchAndDeleted() {
        HttpResponse<String> created = call("POST", container, quoteOnly("Critics disagree with that.", "attributed"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = header(created, "Location");
        assertThat(location).startsWith(container).isNotEqualTo(container);
        JsonNode a = json(created);
        assertThat(a.get("id").asString()).isEqualTo(location);
        String etag = header(created, "ETag");
        assertThat(etag).isNotEmpty();
        assertThat(header(created, "Content-Type")).contains("profile=\"" + PROFILE + "\"");

        // it landed as a Credence annotation: UTF-16 offsets after the astral character, the tag
        long id = Long.parseLong(location.substring(container.length()));
        accounts.signInAs(user);
        AnnotationView stored = annotations.get(id);
        TestAccounts.signOut();
        String text = article.text();
        assertThat(stored.start()).isEqualTo(text.indexOf("Critics"));
        assertThat(stored.quote()).isEqualTo("Critics disagree with that.");
        assertThat(stored.tag()).isEqualTo("attributed");
        assertThat(stored.author()).isEqualTo(user);

        HttpResponse<String> got = call("GET", location, null);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(header(got, "Content-Location")).isEqualTo(json(got).get("id").asString()).isEqualTo(location);
        assertThat(header(got, "ETag")).isEqualTo(etag);
        assertThat(header(got, "Link")).contains("<http://www.w3.org/ns/ldp#Resource>; rel=\"type\"");
        assertThat(header(got, "Allow")).contains("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
        assertThat(header(got, "Vary")).contains("Accept");
        assertThat(header(got, "Content-Type")).startsWith("application/ld+json").contains(PROFILE);
        HttpResponse<String> head = call("HEAD", location, null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(header(head, "ETag")).isEqualTo(etag);
        HttpResponse<String> options = call("OPTIONS", location, null);
        assertThat(header(options, "Allow")).contains("PUT", "DELETE");
        assertThat(header(options, "Link")).contains("ldp#Resource");

        // PUT: a note added; If-Match required, and current
        ObjectNode changed = (ObjectNode) json(got);
        changed.withArray("body").addObject().put("type", "TextualBody").put("value", "Needs a second source.").put("purpose", "commenting");
        assertThat(call("PUT", location, changed.toString()).statusCode()).isEqualTo(428);
        assertThat(call("PUT", location, changed.toString(), "If-Match", "\"99\"").statusCode()).isEqualTo(412);
        assertThat(call("PUT", location, changed.toString(), "If-Match", "W/" + etag).statusCode()).isEqualTo(412);
        HttpResponse<String> put = call("PUT", location, changed.toString(), "If-Match", etag);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(header(put, "ETag")).isNotEqualTo(etag);
        assertThat(json(put).get("id").asString()).isEqualTo(location);
        assertThat(put.body()).contains("Needs a second source.");
        String newTag = header(put, "ETag");

        assertThat(call("DELETE", location, null).statusCode()).isEqualTo(428);
        assertThat(call("DELETE", location, null, "If-Match", etag).statusCode()).isEqualTo(412);
        assertThat(call("DELETE", location, null, "If-Match", newTag).statusCode()).isEqualTo(204);
        assertThat(call("GET", location, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", container + "ext-424242", null).statusCode()).isEqualTo(404);
        assertThat(call("GET", container + "nonsense", null).statusCode()).isEqualTo(404);
    }

    @Test
    void positionsAreCodePointsAndTagsAreKeysOrIris() {
        String text = article.text();
        int start = text.indexOf("The mayor");
        int end = text.indexOf('.', start) + 1;
        int cpStart = text.codePointCount(0, start);
        int cpEnd = text.codePointCount(0, end);
        assertThat(cpStart).isEqualTo(start - 1); // the crab is one code point, two UTF-16 units
        String positionOnly = """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "motivation": "classifying",
                 "body": [{"type": "SpecificResource", "source": "%s", "purpose": "classifying"}],
                 "target": {"source": "%s", "selector": [{"type": "TextPositionSelector", "start": %d, "end": %d}]}}
                """.formatted(api.base() + "/tags/attributed", article.url(), cpStart, cpEnd);
        HttpResponse<String> r = call("POST", container, positionOnly);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long id = Long.parseLong(header(r, "Location").substring(container.length()));
        accounts.signInAs(user);
        AnnotationView a = annotations.get(id);
        TestAccounts.signOut();
        assertThat(a.start()).isEqualTo(start);
        assertThat(a.end()).isEqualTo(end);
        assertThat(a.quote()).isEqualTo("The mayor said costs rose.");
        assertThat(a.tag()).isEqualTo("attributed");
        // and out again in code points, as the export writes them
        JsonNode selector = json(r).get("target").get("selector");
        assertThat(selector.toString()).contains("\"start\":" + cpStart, "\"end\":" + cpEnd);

        // the same span by quote, tagged with the configured public address's tag IRI: a second annotation (another tag)
        HttpResponse<String> byIri = call("POST", container, quoteOnly("The mayor said costs rose.", "http://localhost:8080/tags/reported"));
        assertThat(byIri.statusCode()).as(byIri.body()).isEqualTo(201);
        // posting the first one again finds it: 200 with the same annotation
        HttpResponse<String> again = call("POST", container, positionOnly);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(header(again, "Location")).isEqualTo(header(r, "Location"));
    }

    @Test
    void whatCredenceCannotAnchorIsKeptExactlyAsPosted() {
        String script = "<script>alert(1)</script>";
        List<String> posted = List.of(
                // another target
                """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:6f2c7d0e-other-tool", "type": "Annotation",
                 "canonical": "urn:uuid:6f2c7d0e-canonical", "motivation": "commenting", "x:confidence": 0.8750,
                 "creator": {"type": "Software", "name": "Hypothesis-like"},
                 "body": {"type": "TextualBody", "value": "%s", "format": "text/plain"},
                 "target": {"source": "https://elsewhere.example/page", "selector": {"type": "TextQuoteSelector", "exact": "Officials"}},
                 "nested": {"a": [1, 2, {"b": null}], "big": 12345678901234567890}}
                """.formatted(script),
                // the article, but no selector
                """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
                 "body": {"type": "SpecificResource", "source": "attributed", "purpose": "classifying"}, "target": "%s"}
                """.formatted(article.url()),
                // a selector, but no tag
                """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "motivation": "highlighting",
                 "target": {"source": "%s", "selector": {"type": "TextQuoteSelector", "exact": "Officials"}}}
                """.formatted(article.url()));
        List<String> locations = new ArrayList<>();
        for (String json : posted) {
            HttpResponse<String> r = call("POST", container, json);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String location = header(r, "Location");
            assertThat(location).startsWith(container + "ext-");
            locations.add(location);
            JsonNode got = json(call("GET", location, null));
            ObjectNode expected = (ObjectNode) JSON.readTree(json);
            JsonNode clientId = expected.remove("id");
            expected.put("id", location);
            if (clientId != null) {
                expected.set("via", clientId);
            }
            assertThat(got).isEqualTo(expected);
        }
        JsonNode first = json(call("GET", locations.getFirst(), null));
        assertThat(first.get("canonical").asString()).isEqualTo("urn:uuid:6f2c7d0e-canonical");
        assertThat(first.get("x:confidence").decimalValue()).isEqualByComparingTo("0.8750");
        assertThat(first.get("nested").get("big").bigIntegerValue()).isEqualTo(new java.math.BigInteger("12345678901234567890"));
        assertThat(first.get("body").get("value").asString()).isEqualTo(script);

        // listed in the container after Credence's own, and exported unchanged (all annotations: they are never reviewed)
        JsonNode c = json(call("GET", container, null));
        assertThat(c.get("total").asInt()).isEqualTo(3);
        HttpResponse<String> export = call("GET", "/api/articles/" + article.id() + "/export?format=jsonld&scope=all", null);
        JsonNode exported = JSON.readTree(export.body().replace("http://localhost:8080/", api.base() + "/"));
        assertThat(exported.get("first").get("items")).contains(first);

        // changed with If-Match like any annotation; deleted
        String etag = header(call("GET", locations.getFirst(), null), "ETag");
        ObjectNode changed = (ObjectNode) first.deepCopy();
        changed.put("x:confidence", 0.5);
        assertThat(call("PUT", locations.getFirst(), changed.toString()).statusCode()).isEqualTo(428);
        HttpResponse<String> put = call("PUT", locations.getFirst(), changed.toString(), "If-Match", etag);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(json(put).get("via").asString()).isEqualTo("urn:uuid:6f2c7d0e-other-tool");
        assertThat(json(put).get("x:confidence").asDouble()).isEqualTo(0.5);
        assertThat(call("PUT", locations.getFirst(), changed.toString(), "If-Match", etag).statusCode()).isEqualTo(412);
        // someone else (not an editor) may not change it
        String other = accounts.create("anno-other", Roles.FACT_CHECKER).username();
        assertThat(callAs(ApiClient.basic(other, TestAccounts.PASSWORD), "DELETE", locations.getFirst(), null, "If-Match",
                header(put, "ETag")).statusCode()).isEqualTo(403);
        assertThat(call("DELETE", locations.getFirst(), null, "If-Match", header(put, "ETag")).statusCode()).isEqualTo(204);
        assertThat(call("GET", locations.getFirst(), null).statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingStored() {
        for (String bad : List.of("{\"type\": \"Annotation\", \"target\": ", "[1, 2]", "{\"target\": \"https://x.example/\"}",
                "{\"type\": \"Annotation\"}", "\"text\"")) {
            HttpResponse<String> r = call("POST", container, bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(header(r, "Content-Type")).startsWith("application/problem+json");
            assertThat(json(r).get("detail").asString()).contains("Nothing was stored");
        }
        assertThat(json(call("POST", container, "{\"type\": \"Annotation\", ")).get("detail").asString()).contains("not valid JSON");
        HttpResponse<String> noType = api.send(HttpRequest.newBuilder(URI.create(container))
                .header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(quoteOnly("Officials", "attributed"))).build());
        assertThat(noType.statusCode()).isEqualTo(415);
        assertThat(json(call("GET", container, null)).get("total").asInt()).isZero();
    }

    @Test
    void signedInLikeTheApiAndAReadTokenOnlyReads() {
        assertThat(api.send(HttpRequest.newBuilder(URI.create(container)).GET().build()).statusCode()).isEqualTo(401);
        accounts.signInAs(user);
        String read = tokens.create("reader", ApiTokenScope.READ, 30).secret();
        String write = tokens.create("writer", ApiTokenScope.WRITE, 30).secret();
        TestAccounts.signOut();
        assertThat(callAs("Bearer " + read, "GET", container, null).statusCode()).isEqualTo(200);
        assertThat(callAs("Bearer " + read, "POST", container, quoteOnly("Officials", "attributed")).statusCode()).isEqualTo(403);
        assertThat(callAs("Bearer " + write, "POST", container, quoteOnly("Officials", "attributed")).statusCode()).isEqualTo(201);
        // no session is made, whatever the sign-in
        assertThat(call("GET", container, null).headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void credencesOwnAnnotationsComeOutAsTheExportWritesThemAndGoBackIn() {
        accounts.signInAs(user);
        String text = article.text();
        int start = text.indexOf("Engineers");
        AnnotationView a = annotations.create(article.id(), new AnnotationDraft(start, text.indexOf('.', start) + 1, "reported",
                "City engineering office", "found", "Check the report", List.of("https://evidence.example/report"), null));
        TestAccounts.signOut();

        JsonNode item = json(call("GET", container + a.id(), null));
        HttpResponse<String> export = call("GET", "/api/articles/" + article.id() + "/export?format=jsonld&scope=all", null);
        JsonNode exported = JSON.readTree(export.body().replace("http://localhost:8080/", api.base() + "/"));
        assertThat(exported.get("first").get("items")).containsExactly(item);
        assertThat(item.get("target").get("source").asString()).isEqualTo(article.url());

        // another user posts it (W3C form, as exported): it lands as their own annotation with the same content
        String other = accounts.create("anno-copy", Roles.FACT_CHECKER).username();
        HttpResponse<String> copy = callAs(ApiClient.basic(other, TestAccounts.PASSWORD), "POST", container, item.toString());
        assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);
        accounts.signInAs(other);
        AnnotationView back = annotations.get(Long.parseLong(header(copy, "Location").substring(container.length())));
        TestAccounts.signOut();
        assertThat(List.of(back.start(), back.end())).isEqualTo(List.of(a.start(), a.end()));
        assertThat(List.of(back.tag(), back.source(), back.cue(), back.note())).isEqualTo(List.of(a.tag(), a.source(), a.cue(), a.note()));
        assertThat(back.evidence()).isEqualTo(a.evidence());
        assertThat(back.author()).isEqualTo(other);
    }
}
