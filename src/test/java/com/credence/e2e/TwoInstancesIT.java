package com.credence.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.credence.ApiClient;
import com.credence.TestDatabases;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the packaged jar, each in its own JVM on its own port, share one PostgreSQL
 * database (as behind a load balancer). A client follows the event stream of an article on one; an
 * annotation is created, changed and deleted through the other. Every change arrives on the first
 * within a second of being asked for, in order, once. Then the README's backup: {@code pg_dump} while both
 * run, {@code pg_restore} into a new database, a third instance on the copy has the annotations and their
 * history. Runs in the PostgreSQL pass.
 */
@Tag("database")
class TwoInstancesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_PASSWORD = "two-instances-admin-1";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    record Arrival(String type, JsonNode data, long id, long atNanos) {
    }

    @Test
    void changesMadeOnOneInstanceReachTheEventStreamOfTheOtherWithinASecondInOrder() throws Exception {
        assumeThat(TestDatabases.postgres()).as("several instances share a PostgreSQL database").isTrue();
        TestDatabases.Database db = TestDatabases.fresh("two_instances");
        int portA = freePort();
        int portB = freePort();
        Process a = start("a", portA, db);
        Process b = start("b", portB, db);
        Thread reader = null;
        try {
            awaitUp(portA, a, "a");
            awaitUp(portB, b, "b");
            HttpResponse<String> article = send(portA, "POST", "/api/articles", null,
                    JSON.writeValueAsString(Map.of("title", "Two instances", "text", "The mayor said the bridge reopens on Monday. Critics disagreed.")));
            assertThat(article.statusCode()).as(article.body()).isEqualTo(201);
            long articleId = JSON.readTree(article.body()).get("id").asLong();

            // follow the article's events on instance B
            BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
            CountDownLatch open = new CountDownLatch(1);
            HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + portB + "/api/articles/" + articleId + "/events")).header("Accept", "text/event-stream")
                    .header("Authorization", ApiClient.basic("admin", ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            reader = Thread.ofVirtual().start(() -> readEvents(stream.body(), arrivals, open));
            assertThat(open.await(10, TimeUnit.SECONDS)).as("the stream opened").isTrue();

            // create, change and delete through instance A
            List<Long> asked = new ArrayList<>();
            asked.add(System.nanoTime());
            HttpResponse<String> created = send(portA, "POST", "/api/articles/" + articleId + "/annotations", null,
                    "{\"start\":0,\"end\":44,\"tag\":\"attributed\",\"source\":\"The mayor\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long annotationId = JSON.readTree(created.body()).get("id").asLong();
            String etag = created.headers().firstValue("ETag").orElseThrow();
            Arrival first = arrivals.poll(5, TimeUnit.SECONDS);

            asked.add(System.nanoTime());
            HttpResponse<String> changed = send(portA, "PUT", "/api/articles/" + articleId + "/annotations/" + annotationId, etag,
                    "{\"start\":0,\"end\":44,\"tag\":\"contested\",\"source\":\"The mayor\",\"note\":\"Critics disagreed.\"}");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            Arrival second = arrivals.poll(5, TimeUnit.SECONDS);

            asked.add(System.nanoTime());
            HttpResponse<String> deleted = send(portA, "DELETE", "/api/articles/" + articleId + "/annotations/" + annotationId,
                    changed.headers().firstValue("ETag").orElseThrow(), null);
            assertThat(deleted.statusCode()).isEqualTo(204);
            Arrival third = arrivals.poll(5, TimeUnit.SECONDS);

            List<Arrival> got = Stream.of(first, second, third).toList();
            assertThat(got).as("three events on instance B").doesNotContainNull();
            assertThat(got).extracting(Arrival::type).containsExactly("annotation.created", "annotation.changed", "annotation.deleted");
            assertThat(got).extracting(e -> e.data().get("id").asLong()).containsOnly(annotationId);
            assertThat(got).extracting(e -> e.data().get("articleId").asLong()).containsOnly(articleId);
            assertThat(got).extracting(e -> e.data().get("by").asString()).containsOnly("admin");
            assertThat(got.get(0).id()).isLessThan(got.get(1).id());
            assertThat(got.get(1).id()).isLessThan(got.get(2).id());
            assertThat(got.get(0).data().get("version").asLong()).isLessThan(got.get(1).data().get("version").asLong());
            for (int i = 0; i < 3; i++) {
                long millis = TimeUnit.NANOSECONDS.toMillis(got.get(i).atNanos() - asked.get(i));
                System.out.printf("TwoInstancesIT: %s asked on instance A, arrived on B after %d ms%n", got.get(i).type(), millis);
                assertThat(millis).as("%s arrived on the other instance %d ms after it was asked for", got.get(i).type(), millis)
                        .isLessThan(1000);
            }
            assertThat(arrivals.poll(500, TimeUnit.MILLISECONDS)).as("nothing more, nothing twice").isNull();

            // the README's PostgreSQL backup, taken while both instances run, restored into a new database
            HttpResponse<String> kept = send(portB, "POST", "/api/articles/" + articleId + "/annotations", null,
                    "{\"start\":45,\"end\":63,\"tag\":\"contested\"}");
            assertThat(kept.statusCode()).isEqualTo(201);
            long keptId = JSON.readTree(kept.body()).get("id").asLong();
            Path dump = work.resolve("credence.dump");
            TestDatabases.Database copy = TestDatabases.fresh("two_instances_restored");
            postgresTool("pg_dump", "-Fc", "-f", dump.toString(), "-d", db.url().substring(db.url().lastIndexOf('/') + 1));
            postgresTool("pg_restore", "--no-owner", "-d", copy.url().substring(copy.url().lastIndexOf('/') + 1), dump.toString());
            int portC = freePort();
            Process c = start("restored", portC, copy);
            try {
                awaitUp(portC, c, "restored");
                JsonNode annotations = JSON.readTree(send(portC, "GET", "/api/articles/" + articleId + "/annotations", null, null).body());
                assertThat(annotations).extracting(n -> n.get("id").asLong()).containsExactly(keptId);
                JsonNode history = JSON.readTree(send(portC, "GET", "/api/articles/" + articleId + "/annotations/" + annotationId + "/history",
                        null, null).body());
                assertThat(history).extracting(n -> n.get("change").asString()).contains("created", "deleted");
            } finally {
                stop(c);
            }
        } finally {
            if (reader != null) {
                reader.interrupt();
            }
            stop(a);
            stop(b);
        }
    }

    /** Runs a PostgreSQL client tool (the newest installed) against the test server, as its user. */
    private static void postgresTool(String tool, String... arguments) throws IOException, InterruptedException {
        String server = java.util.Objects.requireNonNull(TestDatabases.postgresServer());
        URI uri = URI.create(server.substring("jdbc:".length()));
        String user = uri.getQuery() != null && uri.getQuery().startsWith("user=") ? uri.getQuery().substring(5).split("&")[0] : "postgres";
        String binary = tool;
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            binary = versions.map(v -> v.resolve("bin").resolve(tool)).filter(Files::isExecutable)
                    .max(java.util.Comparator.comparing(Path::toString)).map(Path::toString).orElse(tool);
        } catch (IOException e) {
            // not Debian's layout: the one on the PATH
        }
        List<String> command = new ArrayList<>(List.of(binary, "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", user));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(tool + ": " + output).isZero();
    }

    private static void readEvents(java.io.InputStream body, BlockingQueue<Arrival> arrivals, CountDownLatch open) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                open.countDown(); // the stream's first line (a comment) says it is open
                if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    arrivals.add(new Arrival(name, JSON.readTree(data.toString()), Long.parseLong(id), System.nanoTime()));
                    data.setLength(0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the test is over and hung up
        }
    }

    private Process start(String name, int port, TestDatabases.Database db) throws IOException {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        File jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("credence-.*\\.jar") && !f.getFileName().toString().contains("plain"))
                    .findFirst().orElseThrow(() -> new AssertionError("No packaged jar in target/: this test runs after package")).toFile()
                    .getAbsoluteFile();
        }
        Path dir = Files.createDirectories(work.resolve(name));
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx400m", "-jar", jar.getPath(), "--server.port=" + port,
                "--credence.data-dir=" + dir, "--credence.initial-admin.password=" + ADMIN_PASSWORD, "--spring.main.banner-mode=off"));
        command.addAll(List.of(db.arguments()));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log(name))).start();
    }

    private static File log(String name) {
        return new File("target/two-instances-" + name + ".log").getAbsoluteFile();
    }

    private void awaitUp(int port, Process app, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("instance %s died while starting; see %s", name, log(name)).isTrue();
            try {
                if (send(port, "GET", "/api/me", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Instance " + name + " did not start within 180 s; see " + log(name));
    }

    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
            app.destroyForcibly();
        }
    }

    private HttpResponse<String> send(int port, String method, String path, String ifMatch, String json) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", ApiClient.basic("admin", ADMIN_PASSWORD));
        if (ifMatch != null) {
            r.header("If-Match", ifMatch);
        }
        if (json != null) {
            r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
