package com.credence.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** API requests beyond the admitted few wait in line, and past the wait are told "busy" (503) with nothing done. */
class ApiAdmissionTest {

    private final ApiAdmission admission = new ApiAdmission(2, Duration.ofMillis(300), new DriverManagerDataSource());
    /** Threads of their own (the common pool may have a single one on a small machine). */
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", path);
        r.setRequestURI(path);
        return r;
    }

    @Test
    void requestsBeyondTheAdmittedWaitAndAreToldBusyAfterTheWait() throws Exception {
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = (req, res) -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ((MockHttpServletResponse) res).setStatus(200);
        };
        CompletableFuture<?> a = CompletableFuture.runAsync(() -> run(get("/api/articles"), slow), threads);
        CompletableFuture<?> b = CompletableFuture.runAsync(() -> run(get("/anno/1/"), slow), threads);
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        boolean[] ran = {false};
        MockHttpServletResponse third = run(get("/api/articles/7/annotations"), (req, res) -> ran[0] = true);
        assertThat(third.getStatus()).isEqualTo(503);
        assertThat(third.getHeader("Retry-After")).isEqualTo("1");
        assertThat(third.getContentAsString()).contains("too busy");
        assertThat(ran[0]).as("nothing of a refused request runs").isFalse();

        // event streams and pages are not counted
        assertThat(run(get("/api/events"), (req, res) -> ((MockHttpServletResponse) res).setStatus(200)).getStatus()).isEqualTo(200);
        assertThat(run(get("/articles/7"), (req, res) -> ((MockHttpServletResponse) res).setStatus(200)).getStatus()).isEqualTo(200);

        // one waiting in line gets in as soon as a place is free
        CompletableFuture<MockHttpServletResponse> waiting = CompletableFuture.supplyAsync(
                () -> run(get("/api/articles"), (req, res) -> ((MockHttpServletResponse) res).setStatus(201)), threads);
        Thread.sleep(50);
        release.countDown();
        assertThat(waiting.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
        a.get(5, TimeUnit.SECONDS);
        b.get(5, TimeUnit.SECONDS);
        assertThat(run(get("/api/articles"), (req, res) -> ((MockHttpServletResponse) res).setStatus(200)).getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            admission.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }
}
