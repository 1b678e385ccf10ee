package com.credence.e2e;

import com.credence.CredenceApplication;
import com.credence.TestDatabases;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.security.ApiTokenScope;
import com.credence.security.ApiTokens;
import com.credence.security.NewUser;
import com.credence.security.Roles;
import com.credence.security.UserAdministration;
import com.credence.text.TextSpan;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load on the HTTP API, loopback only, bounded in time: {@code bench.clients} clients (100), each
 * with a token of its own user, create annotations and change them (PUT with If-Match) as fast as
 * they are answered, for {@code bench.seconds} (60) after {@code bench.warmup} (10) unmeasured
 * seconds. Prints requests per second, p50/p99 latency and errors (any answer that is not 2xx). Then
 * the ceiling: as many threads inserting one row per transaction through the same connection pool
 * into the same database, raw JDBC, for 10 s. Then the heap one open annotate view costs: 50
 * headless Chromium sessions ({@code bench.views}) on one article, heap after GC before and after.
 * <p>H2 (a file database, as shipped): {@code ./mvnw -q -Pproduction,bench test-compile exec:java
 * -Dbench.main=com.credence.e2e.LoadBenchmark}. PostgreSQL: add
 * {@code -Dbench.postgres=jdbc:postgresql://127.0.0.1:5432/?user=postgres} (a server where that user
 * may create a database; the benchmark makes a new one).
 */
public final class LoadBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TAGS = {"reported", "attributed", "contested"};

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 100);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmup = Integer.getInteger("bench.warmup", 10);
        int views = Integer.getInteger("bench.views", 50);
        String postgres = System.getProperty("bench.postgres");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--credence.demo.enabled=false",
                "--credence.initial-admin.password=load-initial-admin", "--logging.level.root=WARN", "--logging.level.com.credence=WARN",
                "--spring.main.banner-mode=off"));
        String extra = System.getProperty("bench.args", ""); // more application arguments, space-separated
        if (!extra.isBlank()) {
            arguments.addAll(Arrays.asList(extra.strip().split("\\s+")));
        }
        String database;
        if (postgres != null) {
            System.setProperty("credence.test.postgres", postgres);
            arguments.addAll(Arrays.asList(TestDatabases.fresh("load").arguments()));
            database = "PostgreSQL";
        } else {
            Path dir = Files.createTempDirectory("credence-load");
            arguments.add("--credence.data-dir=" + dir); // the shipped H2 address (application.properties) in that folder
            database = "H2 (file)";
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CredenceApplication.class).run(arguments.toArray(String[]::new));
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            System.out.printf(Locale.ROOT, "Load on %s, %d cores, heap max %d MB; %d clients, %d s measured after %d s%n", database,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, clients, seconds, warmup);
            List<ArticleDetail> articles = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                articles.add(as("load-setup", () -> app.getBean(ArticleImport.class).importArticle(
                        new ImportSource.Pasted(text(400, n), ImportFormat.TEXT), new ArticleMetadata("Load " + n, null, null, null, null), true)));
            }
            List<String> tokens = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String user = "load" + c;
                as("load-setup", () -> app.getBean(UserAdministration.class).create(new NewUser(user, "Load " + user, "load-password-" + user,
                        Set.of(Roles.FACT_CHECKER))));
                tokens.add(as(user, () -> app.getBean(ApiTokens.class).create("load", ApiTokenScope.WRITE, 1)).secret());
            }
            run(port, articles, tokens, warmup, false);
            Result r = run(port, articles, tokens, seconds, true);
            System.out.printf(Locale.ROOT, "API: %.0f requests/s (%d creates, %d updates), p50 %.1f ms, p99 %.1f ms, errors %d%n",
                    r.requests / (double) seconds, r.creates, r.updates, r.p50, r.p99, r.errors);
            double ceiling = ceiling(app.getBean(DataSource.class), clients, 10);
            System.out.printf(Locale.ROOT, "Ceiling: raw JDBC, one row per transaction, %d threads, same pool: %.0f inserts/s; "
                    + "annotation writes reach %.0f%% of it%n", clients, ceiling, 100 * (r.requests / (double) seconds) / ceiling);
            double rows = ceilingOfAWrite(app.getBean(DataSource.class), clients, 10);
            System.out.printf(Locale.ROOT, "Ceiling of a write's rows: raw JDBC, the rows one annotation write makes (annotation, revision, "
                    + "audit row, event log entry, status tally) in one transaction, %d threads: %.0f transactions/s; annotation writes "
                    + "reach %.0f%% of it%n", clients, rows, 100 * (r.requests / (double) seconds) / rows);
            double floor = floor(port, tokens, 10);
            System.out.printf(Locale.ROOT, "Floor: the cheapest authenticated API request (GET /api/me: the token checked, no row written), "
                    + "%d clients, same HTTP client: %.0f requests/s; half the one-row ceiling is %.0f/s%n", clients, floor, ceiling / 2);
            if (views > 0) {
                heapPerView(app, port, views);
            }
        } finally {
            app.close();
        }
    }

    private record Result(long requests, long creates, long updates, long errors, double p50, double p99) {
    }

    private static Result run(int port, List<ArticleDetail> articles, List<String> tokens, int seconds, boolean measured)
            throws InterruptedException {
        AtomicLong errors = new AtomicLong();
        AtomicLong creates = new AtomicLong();
        AtomicLong updates = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(tokens.size());
        for (int c = 0; c < tokens.size(); c++) {
            int client = c;
            long[] mine = new long[200_000];
            latencies.add(mine);
            Thread.ofPlatform().name("load-client-" + c).start(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                Random random = new Random(client * 31L + (measured ? 1 : 0));
                int n = 0;
                try {
                    while (System.nanoTime() < until && n < mine.length - 2) {
                        ArticleDetail a = articles.get(random.nextInt(articles.size()));
                        TextSpan s = a.sentences().get(random.nextInt(a.sentences().size()));
                        int end = s.end() - random.nextInt(Math.max(1, Math.min(20, s.end() - s.start() - 1)));
                        String tag = TAGS[random.nextInt(TAGS.length)];
                        long t0 = System.nanoTime();
                        HttpResponse<String> created = send(http, port, "POST", "/api/articles/" + a.id() + "/annotations",
                                tokens.get(client), null, "{\"start\":" + s.start() + ",\"end\":" + end + ",\"tag\":\"" + tag + "\"}");
                        mine[n++] = System.nanoTime() - t0;
                        if (created.statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                            System.err.println("create answered " + created.statusCode() + ": " + created.body());
                            continue;
                        }
                        creates.incrementAndGet();
                        JsonNode body = JSON.readTree(created.body());
                        long t1 = System.nanoTime();
                        HttpResponse<String> changed = send(http, port, "PUT", "/api/articles/" + a.id() + "/annotations/" + body.get("id").asLong(),
                                tokens.get(client), created.headers().firstValue("ETag").orElse("\"0\""),
                                "{\"start\":" + s.start() + ",\"end\":" + end + ",\"tag\":\"" + tag + "\",\"note\":\"checked by client " + client
                                        + " at " + n + "\"}");
                        mine[n++] = System.nanoTime() - t1;
                        if (changed.statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                            System.err.println("update answered " + changed.statusCode() + ": " + changed.body());
                        } else {
                            updates.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println("client " + client + " failed: " + e);
                } finally {
                    mine[mine.length - 1] = n;
                    done.countDown();
                }
            });
        }
        done.await();
        long total = 0;
        for (long[] l : latencies) {
            total += l[l.length - 1];
        }
        long[] all = new long[(int) total];
        int i = 0;
        for (long[] l : latencies) {
            for (int k = 0; k < l[l.length - 1]; k++) {
                all[i++] = l[k];
            }
        }
        Arrays.sort(all);
        double p50 = all.length == 0 ? 0 : all[all.length / 2] / 1e6;
        double p99 = all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6;
        return new Result(total, creates.get(), updates.get(), errors.get(), p50, p99);
    }

    /**
     * How many of the cheapest authenticated requests the same clients get answered per second: what
     * any write through the API costs at the least (the HTTP exchange, the token, Spring's filters), on
     * this machine, with the clients on the same cores.
     */
    private static double floor(int port, List<String> tokens, int seconds) throws InterruptedException {
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(tokens.size());
        for (String token : tokens) {
            Thread.ofPlatform().start(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                try {
                    while (System.nanoTime() < until) {
                        HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).GET().build();
                        (http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode() == 200 ? answered : failed).incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        if (failed.get() > 0) {
            System.err.println("floor: " + failed.get() + " requests failed");
        }
        return answered.get() / (double) seconds;
    }

    private static HttpResponse<String> send(HttpClient http, int port, String method, String path, String token, String ifMatch, String json)
            throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            r.header("If-Match", ifMatch);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Rows per second that the same pool and database take, one insert per transaction, from as many threads. */
    private static double ceiling(DataSource dataSource, int threads, int seconds) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("create table load_ceiling (id bigint generated by default as identity primary key, "
                    + "article_id bigint not null, note varchar(200))");
        }
        return perSecond(dataSource, threads, seconds, "ceiling", (c, thread, n) -> {
            try (PreparedStatement s = c.prepareStatement("insert into load_ceiling (article_id, note) values (?, ?)")) {
                c.setAutoCommit(true);
                s.setLong(1, thread);
                s.setString(2, "checked by thread " + thread);
                s.executeUpdate();
            }
        });
    }

    /** One unit of work on a connection of the pool, by a thread ({@code thread}), its {@code n}-th. */
    private interface Work {
        void run(Connection c, int thread, long n) throws Exception;
    }

    /** How many times a second {@code threads} threads get the work done, each taking a pooled connection for each, for {@code seconds}. */
    private static double perSecond(DataSource dataSource, int threads, int seconds, String name, Work work) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread.ofPlatform().start(() -> {
                try {
                    for (long n = 0; System.nanoTime() < until; n++) {
                        try (Connection c = dataSource.getConnection()) {
                            work.run(c, thread, n);
                        }
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    System.err.println(name + " thread failed: " + e);
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await();
        return done.get() / (double) seconds;
    }

    /**
     * Transactions per second that the same pool and database take when each writes what one annotation
     * write must (besides reading: the token, the twin check): the annotation row, a revision, its audit row,
     * an event log entry, and a status tally update, into tables of their own with the same kinds of columns,
     * from as many threads. What the database alone allows a write that keeps history and feeds streams.
     */
    private static double ceilingOfAWrite(DataSource dataSource, int threads, int seconds) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            var st = c.createStatement();
            st.execute("create table load_annotation (id bigint generated by default as identity primary key, article_id bigint not null, "
                    + "start_offset integer not null, end_offset integer not null, quote varchar(2000), prefix varchar(64), suffix varchar(64), "
                    + "tag varchar(40) not null, author varchar(100) not null, note varchar(4000), status varchar(20) not null, "
                    + "created_at timestamp not null, updated_at timestamp not null, version bigint not null)");
            st.execute("create table load_revision (id bigint generated by default as identity primary key, revision_timestamp bigint not null, "
                    + "username varchar(100))");
            st.execute("create table load_annotation_aud (id bigint not null, rev bigint not null, revtype smallint, article_id bigint, "
                    + "start_offset integer, end_offset integer, quote varchar(2000), tag varchar(40), author varchar(100), note varchar(4000), "
                    + "status varchar(20), version bigint, primary key (id, rev))");
            st.execute("create table load_event_log (id bigint generated by default as identity primary key, article_id bigint not null, "
                    + "annotation_id bigint not null, type varchar(40) not null, version bigint not null, actor varchar(100) not null, at timestamp not null)");
            st.execute("create table load_tally (shard integer not null, status varchar(20) not null, n bigint not null, primary key (shard, status))");
            for (int shard = 0; shard < 16; shard++) {
                st.execute("insert into load_tally (shard, status, n) values (" + shard + ", 'DRAFT', 0)");
            }
        }
        return perSecond(dataSource, threads, seconds, "write-ceiling", (c, thread, n) -> {
            c.setAutoCommit(false);
            java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
            long id;
            try (PreparedStatement s = c.prepareStatement("insert into load_annotation (article_id, start_offset, end_offset, quote, "
                    + "prefix, suffix, tag, author, note, status, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "'DRAFT', ?, ?, 0)", new String[] {"id"})) {
                s.setLong(1, thread);
                s.setInt(2, (int) n);
                s.setInt(3, (int) n + 80);
                s.setString(4, "A quoted sentence of about the length a claim has in a news article, said someone.");
                s.setString(5, "the words before it");
                s.setString(6, "the words after it");
                s.setString(7, TAGS[(int) (n % 3)]);
                s.setString(8, "load" + thread);
                s.setString(9, "checked by thread " + thread + " at " + n);
                s.setTimestamp(10, now);
                s.setTimestamp(11, now);
                s.executeUpdate();
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            long rev;
            try (PreparedStatement s = c.prepareStatement("insert into load_revision (revision_timestamp, username) values (?, ?)",
                    new String[] {"id"})) {
                s.setLong(1, now.getTime());
                s.setString(2, "load" + thread);
                s.executeUpdate();
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    rev = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into load_annotation_aud (id, rev, revtype, article_id, start_offset, "
                    + "end_offset, quote, tag, author, note, status, version) select id, ?, 0, article_id, start_offset, end_offset, "
                    + "quote, tag, author, note, status, version from load_annotation where id = ?")) {
                s.setLong(1, rev);
                s.setLong(2, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into load_event_log (article_id, annotation_id, type, version, actor, "
                    + "at) values (?, ?, 'annotation.created', 0, ?, ?)")) {
                s.setLong(1, thread);
                s.setLong(2, id);
                s.setString(3, "load" + thread);
                s.setTimestamp(4, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("update load_tally set n = n + 1 where shard = ? and status = 'DRAFT'")) {
                s.setInt(1, (int) (id % 16));
                s.executeUpdate();
            }
            c.commit();
        });
    }

    /** Heap after GC with 5 sessions open, and again with {@code views} more, each on the annotate page of one article. */
    private static void heapPerView(ConfigurableApplicationContext app, int port, int views) throws Exception {
        ArticleDetail article = as("load-setup", () -> app.getBean(ArticleImport.class).importArticle(
                new ImportSource.Pasted(text(300, 99), ImportFormat.TEXT), new ArticleMetadata("Views", null, null, null, null), true));
        as("load-setup", () -> {
            AnnotationService annotations = app.getBean(AnnotationService.class);
            for (int i = 0; i < 60; i++) {
                TextSpan s = article.sentences().get(i * 5);
                annotations.create(article.id(), AnnotationDraft.tagging(s.start(), s.end(), TAGS[i % 3]));
            }
            return null;
        });
        as("load-setup", () -> app.getBean(UserAdministration.class).create(new NewUser("viewer", "Viewer", "viewer-password-1",
                Set.of(Roles.FACT_CHECKER))));
        try (Chromium chromium = Chromium.launch()) {
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                open.add(view(chromium, port, article));
            }
            long before = heapAfterGc();
            for (int i = 0; i < views; i++) {
                open.add(view(chromium, port, article));
            }
            long after = heapAfterGc();
            System.out.printf(Locale.ROOT, "Heap: %d annotate views of a %d-sentence article with 60 annotations: %.2f MB each "
                    + "(heap after GC %d MB with 5 views, %d MB with %d)%n", views, article.sentences().size(),
                    (after - before) / (double) views / (1 << 20), before >> 20, after >> 20, views + 5);
            open.forEach(BrowserContext::close);
        }
    }

    private static BrowserContext view(Chromium chromium, int port, ArticleDetail article) {
        BrowserContext context = chromium.browser().newContext();
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill("viewer");
        page.locator("input[name=password]").fill("viewer-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.locator(".greeting").waitFor();
        page.navigate("http://localhost:" + port + "/articles/" + article.id());
        page.locator("credence-text[data-ready]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED).setTimeout(60_000));
        return context;
    }

    private static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static String text(int sentences, int seed) {
        Random random = new Random(seed);
        String[] words = "council bridge engineers said ministry reportedly repairs traders officials residents police statement report"
                .split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            b.append("Item ").append(seed).append('.').append(i);
            for (int w = 0; w < 8 + random.nextInt(10); w++) {
                b.append(' ').append(words[random.nextInt(words.length)]);
            }
            b.append(". ");
            if (i % 6 == 5) {
                b.append("\n\n");
            }
        }
        return b.toString().strip();
    }

    private static <T> T as(String user, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_ADMIN", "ROLE_EDITOR",
                "ROLE_FACT_CHECKER"));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
