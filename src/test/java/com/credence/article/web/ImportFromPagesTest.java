package com.credence.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import com.credence.article.NewsPageServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Page furniture left out by default and by choice, the input kept as it came, and articles imported
 * from a web address, through the API (the pages come from a server on this machine; the test
 * profile allows private addresses, the default refuses them: WebPageFetcherTest).
 */
@IntegrationTest
class ImportFromPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String STORY = """
            Harbour bridge to shut for a year

            TWITTER

            Share this article

            The council voted on Tuesday to close the harbour bridge for repairs, officials said.

            Engineers found fractures in two girders during a survey in March.

            Related

            Ferry timetable changes for the winter 3 March 2026

            Traders fear loss of custom 28 February 2026

            The ferry will run every twenty minutes while the bridge is shut.

            © 2026 The Lanmouth Courier. All rights reserved.""";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    ApiClient api;
    String user;
    NewsPageServer pages;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        user = accounts.create("page-importer", Roles.FACT_CHECKER).username();
        pages = new NewsPageServer();
    }

    @AfterEach
    void stop() {
        pages.close();
    }

    private HttpResponse<String> post(String path, Object body) {
        return api.send("POST", path, user, null, body);
    }

    private HttpResponse<String> get(String path) {
        return api.get(path, user, TestAccounts.PASSWORD);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static List<String> excluded(JsonNode preview) {
        List<String> out = new ArrayList<>();
        preview.get("paragraphs").forEach(p -> {
            if (p.get("excluded").asBoolean()) {
                out.add(p.get("text").asString());
            }
        });
        return out;
    }

    @Test
    void furnitureIsProposedLeftOutByDefaultAndNotStored() {
        String text = STORY + "\n\nRef " + UUID.randomUUID();
        JsonNode preview = json(post("/api/articles?preview=true", Map.of("text", text)));
        assertThat(excluded(preview)).containsExactly("TWITTER", "Share this article", "Related",
                "Ferry timetable changes for the winter 3 March 2026", "Traders fear loss of custom 28 February 2026",
                "© 2026 The Lanmouth Courier. All rights reserved.");
        assertThat(preview.get("paragraphs").get(1).get("boilerplate").asString()).isEqualTo("share buttons");
        assertThat(preview.get("text").asString()).doesNotContain("TWITTER", "Related", "©").contains("ferry will run");

        HttpResponse<String> created = post("/api/articles", Map.of("text", text, "title", "Bridge"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode article = json(created);
        assertThat(article.get("text").asString()).doesNotContain("TWITTER", "Share this", "Traders fear", "©")
                .startsWith("Harbour bridge to shut for a year\n\nThe council voted");
        // the input is kept as it came, served as text
        HttpResponse<String> original = get("/api/articles/" + article.get("id").asLong() + "/original");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(original.headers().firstValue("X-Credence-Format")).hasValue("TEXT");
        assertThat(original.body()).isEqualTo(text);
    }

    @Test
    void thePersonImportingDecidesWhatIsLeftOut() {
        String text = STORY + "\n\nRef " + UUID.randomUUID();
        // keep the copyright line (paragraph 9), leave out the first story paragraph (3)
        JsonNode article = json(post("/api/articles", Map.of("text", text, "title", "Bridge", "exclude", List.of(1, 2, 3, 5, 6, 7))));
        assertThat(article.get("text").asString()).contains("© 2026 The Lanmouth Courier").doesNotContain("The council voted")
                .contains("Engineers found fractures");
        JsonNode everything = json(post("/api/articles?preview=true", Map.of("text", text, "exclude", List.of())));
        assertThat(excluded(everything)).isEmpty();
        assertThat(everything.get("text").asString()).contains("TWITTER");

        HttpResponse<String> nothingLeft = post("/api/articles?preview=true", Map.of("text", "Share\n\nTWITTER"));
        assertThat(nothingLeft.statusCode()).isEqualTo(400);
        assertThat(json(nothingLeft).get("detail").asString()).contains("Every paragraph is left out");
        HttpResponse<String> noSuchParagraph = post("/api/articles", Map.of("text", text, "title", "X", "exclude", List.of(99)));
        assertThat(noSuchParagraph.statusCode()).isEqualTo(400);
        assertThat(json(noSuchParagraph).get("detail").asString()).contains("no paragraph 99");
    }

    @Test
    void anArticleImportedFromItsAddressKeepsTheStoryAndTheAddress() {
        String marker = UUID.randomUUID().toString();
        pages.serve("/news/ferry-fares", NewsPageServer.newsPage(marker));
        String address = pages.serve("/moved", "redirect:/news/ferry-fares");

        JsonNode preview = json(post("/api/articles?preview=true", Map.of("fromUrl", address)));
        assertThat(preview.get("found").get("title").asString()).isEqualTo("Ferry fares to rise by a fifth");
        assertThat(preview.get("found").get("outlet").asString()).isEqualTo("The Lanmouth Courier");

        HttpResponse<String> created = post("/api/articles", Map.of("fromUrl", address, "byline", "Desk"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode article = json(created);
        assertThat(article.get("url").asString()).isEqualTo(address);
        assertThat(article.get("title").asString()).isEqualTo("Ferry fares to rise by a fifth");
        assertThat(article.get("outlet").asString()).isEqualTo("The Lanmouth Courier");
        assertThat(article.get("byline").asString()).isEqualTo("Desk"); // given fields override what the page says
        assertThat(article.get("publishedAt").asString()).isEqualTo("2026-03-04");
        assertThat(article.get("text").asString()).contains("Ferry fares across the estuary", "Ref " + marker)
                .doesNotContain("Home", "Sport", "Council borrows", "outrageous", "©", "Twitter");
        HttpResponse<String> original = get("/api/articles/" + article.get("id").asLong() + "/original");
        assertThat(original.headers().firstValue("X-Credence-Format")).hasValue("HTML");
        assertThat(original.body()).contains("<aside class=\"related\">");

        // the same address again is noticed as a duplicate
        assertThat(post("/api/articles", Map.of("fromUrl", address)).statusCode()).isEqualTo(409);
    }

    @Test
    void aPageThatCannotBeFetchedIsAClearRefusalAndStoresNothing() {
        HttpResponse<String> missing = post("/api/articles", Map.of("fromUrl", pages.address("/gone")));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("detail").asString()).contains("404");
        HttpResponse<String> ftp = post("/api/articles", Map.of("fromUrl", "ftp://127.0.0.1/story"));
        assertThat(ftp.statusCode()).isEqualTo(400);
        HttpResponse<String> two = post("/api/articles", Map.of("fromUrl", pages.address("/x"), "text", "Both at once."));
        assertThat(two.statusCode()).isEqualTo(400);
        assertThat(json(two).get("detail").asString()).contains("one of the three");
    }
}
