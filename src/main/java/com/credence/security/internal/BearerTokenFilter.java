package com.credence.security.internal;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
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
    private final AccountUserDetailsService accounts;
    private final Clock clock;

    BearerTokenFilter(JdbcTemplate jdbc, AccountUserDetailsService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    private record Found(long id, String username, ApiTokenScope scope, Instant lastUsed) {
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
        List<Found> found = secret.startsWith(ApiTokens.PREFIX) && secret.length() <= 100
                ? jdbc.query("select id, username, scope, last_used_at from api_token where token_hash = ? and revoked_at is null "
                        + "and (expires_at is null or expires_at > ?)", (rs, n) -> new Found(rs.getLong(1), rs.getString(2),
                                ApiTokenScope.valueOf(rs.getString(3)), rs.getTimestamp(4) == null ? Instant.EPOCH : rs.getTimestamp(4).toInstant()),
                        ApiTokens.hash(secret), Timestamp.from(now))
                : List.of();
        UserDetails user = null;
        if (found.size() == 1) {
            try {
                user = accounts.loadUserByUsername(found.getFirst().username());
            } catch (UsernameNotFoundException e) {
                user = null;
            }
        }
        if (user == null || !user.isEnabled()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Credence\", error=\"invalid_token\"");
            ProblemResponses.write(response, 401, "Unauthorized", "The token is unknown, revoked or expired, or its account cannot sign in.",
                    request.getRequestURI());
            return;
        }
        Found token = found.getFirst();
        if (token.scope() == ApiTokenScope.READ && !READS.contains(request.getMethod())) {
            ProblemResponses.write(response, 403, "Forbidden", "This token may only read; make a write token for this.",
                    request.getRequestURI());
            return;
        }
        if (token.lastUsed().plus(LAST_USE_STEP).isBefore(now)) {
            jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(now), token.id());
        }
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
        strategy.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }
}
