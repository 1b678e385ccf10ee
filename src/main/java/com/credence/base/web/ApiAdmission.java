package com.credence.base.web;

import com.credence.base.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits API requests (under /api and /anno, before authentication) a few at a time, first come first
 * served: {@code credence.api.concurrency} at once (by default two fewer than the database pool has
 * connections, so admitted requests and the pages' own work always find one), the others waiting in
 * line for up to {@code credence.api.queue-wait}, then 503 with {@code Retry-After}. Without it, a
 * hundred clients all wait in the connection pool, which is not first come first served: most are
 * served in a second, some wait the pool's 30 s and fail (found by the load benchmark). Event streams
 * are not counted: they stay open for hours and read the database only when woken.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiAdmission extends OncePerRequestFilter {

    private final Semaphore permits;
    private final long waitMillis;
    private final int concurrency;

    ApiAdmission(@Value("${credence.api.concurrency:0}") int concurrency, @Value("${credence.api.queue-wait:20s}") Duration wait,
            DataSource dataSource) {
        int pool = dataSource instanceof com.zaxxer.hikari.HikariDataSource h ? h.getMaximumPoolSize() : 10;
        this.concurrency = concurrency > 0 ? concurrency : Math.max(2, pool - 2);
        this.permits = new Semaphore(this.concurrency, true);
        this.waitMillis = wait.toMillis();
    }

    /** How many API requests run at once. */
    int concurrency() {
        return concurrency;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.startsWith("/anno/")) || path.endsWith("/events");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader("Retry-After", "1");
            Problems.write(response, 503, "Service Unavailable", "The server is too busy just now; nothing was done. Try again in a moment.", null);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
