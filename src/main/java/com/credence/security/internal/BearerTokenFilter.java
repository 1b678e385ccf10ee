package com.credence.security.internal;

import com.credence.base.Problems;
import com.credence.security.ApiTokenScope;
import com.credence.security.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer cred_…} on the API: the token's hash is looked up (one indexed query,
 * no BCrypt), it must be neither revoked nor expired, its owner enabled (checked on every request, as
 * for HTTP Basic), and a read token may only read. Its last use is written at most once a minute.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final Duration LAST_USE_STEP = Duration.ofMinutes(1);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    BearerTokenFilter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Found(long id, String username, ApiTokenScope scope, Instant lastUsed, @Nullable String role) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(7).strip();
        Instant now = clock.instant();
        List<Found> rows;
        try {
            rows = find(secret, now);
        } catch (DataAccessResourceFailureException busy) { // no connection in time: busy, not "unauthorised"
            response.setHeader("Retry-After", "1");
            Problems.write(response, 503, "Service Unavailable",
                    "The server is too busy to check the token just now; nothing was done. Try again in a moment.", request.getRequestURI());
            return;
        }
        if (rows.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Credence\", error=\"invalid_token\"");
            Problems.write(response, 401, "Unauthorized", "The token is unknown, revoked or expired, or its account cannot sign in.",
                    request.getRequestURI());
            return;
        }
        List<SimpleGrantedAuthority> roles = rows.stream().map(Found::role).filter(java.util.Objects::nonNull)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        Found token = rows.getFirst();
        if (token.scope() == ApiTokenScope.READ && !READS.contains(request.getMethod())) {
            Problems.write(response, 403, "Forbidden", "This token may only read; make a write token for this.",
                    request.getRequestURI());
            return;
        }
        if (token.lastUsed().plus(LAST_USE_STEP).isBefore(now)) {
            jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(now), token.id());
        }
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(token.username(), null, roles));
        strategy.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }

    /** The token, its owner and the owner's roles in one query (no BCrypt, no entity loading); none when unknown. */
    private List<Found> find(String secret, Instant now) {
        return secret.startsWith(ApiTokens.PREFIX) && secret.length() <= 100
                ? jdbc.query("select t.id, t.username, t.scope, t.last_used_at, r.role from api_token t "
                        + "join user_account u on u.username = t.username left join user_role r on r.user_id = u.id "
                        + "where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?) and u.enabled = true",
                        (rs, n) -> new Found(rs.getLong(1), rs.getString(2), ApiTokenScope.valueOf(rs.getString(3)),
                                rs.getTimestamp(4) == null ? Instant.EPOCH : rs.getTimestamp(4).toInstant(), rs.getString(5)),
                        ApiTokens.hash(secret), Timestamp.from(now))
                : List.of();
    }
}
