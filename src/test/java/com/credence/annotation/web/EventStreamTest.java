package com.credence.annotation.web;

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
import com.credence.security.Roles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event streams for other tools: changes arrive in order with the annotation, article, version
 * and user; a client that reconnects with Last-Event-ID gets every later event once; changes made at
 * the same moment by several people all arrive, none twice.
 */
@IntegrationTest
class EventStreamTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    AnnotationService annotations;

    record Event(String id, String name, JsonNode data) {
    }

    /** Opens the stream and reads {@code count} events (or fails after 10 s). */
    private Future<List<Event>> read(ExecutorService pool, String path, String user, String lastEventId, int count) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", ApiClient.basic(user, TestAccounts.PASSWORD)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        return pool.submit(() -> {
            List<Event> events = new ArrayList<>();
            BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            try {
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    } else if (line.isEmpty() && !data.isEmpty()) {
                        events.add(new Event(id, name, JSON.readTree(data.toString())));
                        data.setLength(0);
                        if (events.size() == count) {
                            break; // not one more line: the stream stays open
                        }
                    }
                }
            } finally {
                // the stream stays open on the server's side: hang up without waiting for its end
                Thread hangUp = new Thread(() -> {
                    try {
                        in.close();
                    } catch (java.io.IOException e) {
                        // gone already
                    }
                });
                hangUp.setDaemon(true);
                hangUp.start();
            }
            return events;
        });
    }

    @Test
    void changesArriveInOrderAndAReconnectResumesWithoutLoss() throws Exception {
        String checker = accounts.create("stream-checker", Roles.FACT_CHECKER).username();
        String reader = accounts.create("stream-reader", Roles.EDITOR).username();
        accounts.signInAs(checker);
        ArticleDetail article = articleImport.importArticle(new ImportSource.Pasted("The mayor said the ferry runs daily. "
                + "The harbour master says it sails twice a week. " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Ferry", null, null, null, null), false);
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            Future<List<Event>> one = read(pool, "/api/articles/" + article.id() + "/events", reader, null, 3);
            Future<List<Event>> all = read(pool, "/api/events", reader, null, 3);
            Thread.sleep(300); // both streams are open before the changes

            AnnotationView a = annotations.create(article.id(), AnnotationDraft.tagging(0, 36, "attributed"));
            AnnotationView changed = annotations.update(a.id(), a.version(), new AnnotationDraft(0, 36, "contested", "the mayor", null,
                    null, List.of(), null));
            annotations.delete(a.id(), changed.version());

            List<Event> events = one.get(10, TimeUnit.SECONDS);
            assertThat(events).extracting(Event::name).containsExactly("annotation.created", "annotation.changed", "annotation.deleted");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.data().get("id").asLong()).isEqualTo(a.id());
                assertThat(e.data().get("articleId").asLong()).isEqualTo(article.id());
                assertThat(e.data().get("by").asString()).isEqualTo(checker);
            });
            assertThat(events.get(1).data().get("version").asLong()).isEqualTo(changed.version());
            assertThat(events.get(0).data().get("version").asLong()).isLessThan(changed.version());
            assertThat(Long.parseLong(events.get(0).id())).isLessThan(Long.parseLong(events.get(1).id()));
            assertThat(all.get(10, TimeUnit.SECONDS)).extracting(Event::id).containsExactlyElementsOf(events.stream().map(Event::id).toList());

            // reconnecting after the first event: the other two again, once each, in order
            List<Event> resumed = read(pool, "/api/articles/" + article.id() + "/events", reader, events.get(0).id(), 2)
                    .get(10, TimeUnit.SECONDS);
            assertThat(resumed).extracting(Event::id).containsExactly(events.get(1).id(), events.get(2).id());

            // eight people tagging at once: every change arrives, none twice, ids rising
            Future<List<Event>> crowd = read(pool, "/api/articles/" + article.id() + "/events", reader, events.get(2).id(), 8);
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String user = accounts.create("stream-writer", Roles.FACT_CHECKER).username();
                writers.add(pool.submit(() -> {
                    accounts.signInAs(user);
                    try {
                        annotations.create(article.id(), AnnotationDraft.tagging(37, 84, "reported"));
                    } finally {
                        TestAccounts.signOut();
                    }
                }));
            }
            for (Future<?> w : writers) {
                w.get(10, TimeUnit.SECONDS);
            }
            List<Event> eight = crowd.get(10, TimeUnit.SECONDS);
            assertThat(eight).hasSize(8).extracting(Event::name).containsOnly("annotation.created");
            assertThat(eight.stream().map(e -> e.data().get("by").asString()).distinct()).hasSize(8);
            assertThat(eight.stream().map(e -> Long.parseLong(e.id())).toList()).isSorted().doesNotHaveDuplicates();
        } finally {
            TestAccounts.signOut();
            pool.shutdownNow();
        }
    }

    @Test
    void aStreamOfAnArticleThatDoesNotExistIs404AndABadLastEventIdIs400() {
        String reader = accounts.create("stream-reader", Roles.FACT_CHECKER).username();
        ApiClient api = new ApiClient(port);
        assertThat(api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/articles/999999999/events"))
                .header("Authorization", ApiClient.basic(reader, TestAccounts.PASSWORD)).timeout(Duration.ofSeconds(10)).build())
                .statusCode()).isEqualTo(404);
        assertThat(api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/events"))
                .header("Authorization", ApiClient.basic(reader, TestAccounts.PASSWORD)).header("Last-Event-ID", "yesterday")
                .timeout(Duration.ofSeconds(10)).build()).statusCode()).isEqualTo(400);
    }
}
