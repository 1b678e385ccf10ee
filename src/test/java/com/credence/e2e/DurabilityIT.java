package com.credence.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.ApiClient;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No acknowledged write is lost: the app runs in its own JVM on an H2 file (the default database),
 * eight clients write annotations, the JVM is killed with SIGKILL in the middle, and after a restart
 * on the same file every annotation that had been answered 2xx is there, with its history.
 */
class DurabilityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_PASSWORD = "durable-admin-pass-1";
    private static final int CLIENTS = 8;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void everyWriteAnsweredBeforeAKillMinusNineIsThereAfterTheRestartAndInABackupRestoredElsewhere() throws Exception {
        java.nio.file.Files.deleteIfExists(log().toPath());
        int port = freePort();
        Process app = start(port);
        long articleId;
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        List<int[]> spans = new ArrayList<>();
        try {
            awaitUp(port, app);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                int start = text.length();
                text.append("Claim number ").append(i).append(" was made by someone.");
                spans.add(new int[] {start, text.length()});
                text.append(' ');
            }
            HttpResponse<String> article = send(port, "POST", "/api/articles",
                    JSON.writeValueAsString(java.util.Map.of("title", "Durability", "text", text.toString().strip())));
            assertThat(article.statusCode()).as(article.body()).isEqualTo(201);
            articleId = JSON.readTree(article.body()).get("id").asLong();

            // eight clients write one annotation after another until the JVM dies under them
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                pool.submit(() -> {
                    for (int n = client; n < spans.size() && !killed.get(); n += CLIENTS) {
                        int[] s = spans.get(n);
                        try {
                            HttpResponse<String> r = send(port, "POST", "/api/articles/" + articleId + "/annotations",
                                    "{\"start\":" + s[0] + ",\"end\":" + s[1] + ",\"tag\":\"reported\",\"note\":\"written by client "
                                            + client + "\"}");
                            if (r.statusCode() / 100 == 2) {
                                acknowledged.add(JSON.readTree(r.body()).get("id").asLong());
                            }
                        } catch (IOException | InterruptedException | RuntimeException e) {
                            return; // the server went away mid-request: not acknowledged, so not promised
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no close of the database
            killed.set(true);
            app.waitFor(30, TimeUnit.SECONDS);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            app.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
        // the packaged jar runs in production mode, with no demo content unless asked for
        String started = java.nio.file.Files.readString(log().toPath());
        assertThat(started).contains("Vaadin is running in production mode").doesNotContain("Demo content is on");

        Process again = start(port);
        try {
            awaitUp(port, again);
            JsonNode stored = JSON.readTree(send(port, "GET", "/api/articles/" + articleId + "/annotations", null).body());
            Set<Long> ids = new HashSet<>();
            stored.forEach(a -> ids.add(a.get("id").asLong()));
            Set<Long> lost = new HashSet<>(acknowledged);
            lost.removeAll(ids);
            assertThat(lost).as("writes answered 2xx and gone after kill -9 (of %d acknowledged)", acknowledged.size()).isEmpty();
            for (long id : acknowledged.stream().limit(10).toList()) {
                JsonNode history = JSON.readTree(send(port, "GET", "/api/articles/" + articleId + "/annotations/" + id + "/history", null)
                        .body());
                assertThat(history.size()).isGreaterThanOrEqualTo(1);
                assertThat(history.get(0).get("change").asString()).isEqualTo("created");
            }
        } finally {
            again.destroy(); // SIGTERM: a graceful stop, the database closed
            again.waitFor(30, TimeUnit.SECONDS);
            again.destroyForcibly();
        }

        // the README's H2 backup, with Credence stopped, and its restore into another folder
        Path elsewhere = java.nio.file.Files.createTempDirectory("credence-backup");
        Path zip = elsewhere.resolve("credence-backup.zip");
        org.h2.tools.Backup.execute(zip.toString(), dataDir.toString(), "credence", true);
        Path restored = java.nio.file.Files.createDirectories(elsewhere.resolve("restored"));
        org.h2.tools.Restore.execute(zip.toString(), restored.toString(), "credence");
        Process copy = start(port, restored);
        try {
            awaitUp(port, copy);
            JsonNode stored = JSON.readTree(send(port, "GET", "/api/articles/" + articleId + "/annotations", null).body());
            Set<Long> ids = new HashSet<>();
            stored.forEach(a -> ids.add(a.get("id").asLong()));
            assertThat(ids).as("annotations in the restored copy").containsAll(acknowledged);
            assertThat(JSON.readTree(send(port, "GET", "/api/articles/" + articleId, null).body()).get("title").asString())
                    .isEqualTo("Durability");
        } finally {
            copy.destroy();
            copy.waitFor(30, TimeUnit.SECONDS);
            copy.destroyForcibly();
        }
    }

    /** The packaged jar, as an operator runs it: from a folder of its own (no ./config), demo content off by default. */
    private Process start(int port) throws IOException {
        return start(port, dataDir);
    }

    private Process start(int port, Path dataDir) throws IOException {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        File jar;
        try (var files = java.nio.file.Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("credence-.*\\.jar") && !f.getFileName().toString().contains("plain"))
                    .findFirst().orElseThrow(() -> new AssertionError("No packaged jar in target/: this test runs after package")).toFile()
                    .getAbsoluteFile();
        }
        List<String> command = List.of(javaBin, "-Xmx512m", "-jar", jar.getPath(), "--server.port=" + port, "--credence.data-dir=" + dataDir,
                "--credence.initial-admin.password=" + ADMIN_PASSWORD, "--spring.main.banner-mode=off");
        return new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log())).start();
    }

    private File log() {
        return new File("target/durability-app.log").getAbsoluteFile();
    }

    private void awaitUp(int port, Process app) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app died while starting; see target/durability-app.log").isTrue();
            try {
                if (send(port, "GET", "/api/me", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The app did not start within 180 s; see target/durability-app.log");
    }

    private HttpResponse<String> send(int port, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", ApiClient.basic("admin", ADMIN_PASSWORD));
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
