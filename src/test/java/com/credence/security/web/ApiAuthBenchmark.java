package com.credence.security.web;

import com.credence.CredenceApplication;
import com.credence.security.ApiTokenScope;
import com.credence.security.ApiTokens;
import com.credence.security.NewUser;
import com.credence.security.Roles;
import com.credence.security.UserAdministration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Authenticated API reads per second with a personal access token (Bearer) against HTTP Basic (BCrypt
 * on every request): 20 clients on loopback, each sending GET /api/me one after another for 30 s
 * (override with -Dbench.seconds), throughput, p50 and p99 latency, and errors.
 * Run: {@code ./mvnw -q -Pbench test-compile exec:java -Dbench.main=com.credence.security.web.ApiAuthBenchmark}.
 */
public final class ApiAuthBenchmark {

    private static final int CLIENTS = 20;

    private ApiAuthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 30);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CredenceApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:authbench;DB_CLOSE_DELAY=-1", "--credence.demo.enabled=false",
                "--credence.initial-admin.password=bench-initial-admin", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--server.tomcat.threads.max=64");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            as("bench-setup", Roles.ADMIN, () -> app.getBean(UserAdministration.class).create(
                    new NewUser("bench-api", "Bench", "bench-password-1", Set.of(Roles.FACT_CHECKER))));
            String token = as("bench-api", Roles.FACT_CHECKER,
                    () -> app.getBean(ApiTokens.class).create("benchmark", ApiTokenScope.READ, 1).secret());
            String basic = "Basic " + Base64.getEncoder().encodeToString("bench-api:bench-password-1".getBytes(StandardCharsets.UTF_8));
            System.out.printf(Locale.ROOT, "%d clients, GET /api/me, %d s each, %d cores%n", CLIENTS, seconds,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%-8s %-14s %-10s %-10s %-8s%n", "auth", "requests/s", "p50 ms", "p99 ms", "errors");
            for (String[] run : new String[][] {{"Bearer", "Bearer " + token}, {"Basic", basic}}) {
                measure(port, run[1], 3); // warm-up
                Result r = measure(port, run[1], seconds);
                System.out.printf(Locale.ROOT, "%-8s %-14.0f %-10.1f %-10.1f %-8d%n", run[0], r.perSecond, r.p50, r.p99, r.errors);
            }
        } finally {
            app.close();
        }
    }

    private record Result(double perSecond, double p50, double p99, long errors) {
    }

    private static Result measure(int port, String authorization, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", authorization).GET().build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                    times.add(System.nanoTime() - t0);
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : clients) {
            all.addAll(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Result(all.size() / elapsed, all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6, errors.get());
    }

    private static <T> T as(String user, String role, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + role));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
