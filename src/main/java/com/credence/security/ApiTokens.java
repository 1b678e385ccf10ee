package com.credence.security;

import com.credence.base.InvalidInputException;
import com.credence.base.Inputs;
import com.credence.base.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for {@code Authorization: Bearer} on the API: made and revoked by their owner
 * (admins revoke anyone's), shown once, stored as a SHA-256 hash with a name, a scope, an expiry and
 * the time of last use. Checking one costs a hash and an indexed lookup, no BCrypt.
 */
@Service
@PreAuthorize(Roles.ANY_USER)
public class ApiTokens {

    /** Tokens start with this, so that they are recognised (in logs, by secret scanners). */
    public static final String PREFIX = "cred_";
    static final int MAX_NAME = 60;
    static final int MAX_DAYS = 366;
    static final int MAX_ACTIVE = 20;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final RowMapper<ApiTokenView> VIEW = (rs, n) -> new ApiTokenView(rs.getLong("id"), rs.getString("username"),
            rs.getString("name"), ApiTokenScope.valueOf(rs.getString("scope")), rs.getTimestamp("created_at").toInstant(),
            instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")));

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokens(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A token just made: its view and the token itself, which is shown this once. */
    public record Created(ApiTokenView token, String secret) {
    }

    /** A token for me, valid for {@code days} days (1 to 366; null: until revoked). */
    @Transactional
    public Created create(String name, ApiTokenScope scope, @Nullable Integer days) {
        String n = Inputs.optionalLine(name, MAX_NAME, "token name");
        if (n == null) {
            throw new InvalidInputException("Give the token a name, so that you know later what uses it.");
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new InvalidInputException("A token lasts 1 to " + MAX_DAYS + " days, or until it is revoked.");
        }
        String me = currentUser.username();
        Instant now = clock.instant();
        Integer active = jdbc.queryForObject("select count(*) from api_token where username = ? and revoked_at is null "
                + "and (expires_at is null or expires_at > ?)", Integer.class, me, Timestamp.from(now));
        if (active != null && active >= MAX_ACTIVE) {
            throw new InvalidInputException("You have " + MAX_ACTIVE + " tokens in use; revoke one first.");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant expires = days == null ? null : now.plus(Duration.ofDays(days));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into api_token (username, name, token_hash, scope, created_at, expires_at) "
                    + "values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, me);
            ps.setString(2, n);
            ps.setString(3, hash(secret));
            ps.setString(4, scope.name());
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setTimestamp(6, expires == null ? null : Timestamp.from(expires));
            return ps;
        }, key);
        long id = java.util.Objects.requireNonNull(key.getKey()).longValue();
        return new Created(new ApiTokenView(id, me, n, scope, now, expires, null, null), secret);
    }

    /** My tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public List<ApiTokenView> mine() {
        return jdbc.query("select * from api_token where username = ? order by created_at desc, id desc", VIEW, currentUser.username());
    }

    /** Everyone's tokens, for admins. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMIN_ONLY)
    public List<ApiTokenView> all() {
        return jdbc.query("select * from api_token order by username, created_at desc, id desc", VIEW);
    }

    /** Revokes a token of mine, or anyone's for an admin; someone else's token is "not found" for the others. */
    @Transactional
    public ApiTokenView revoke(long id) {
        ApiTokenView t = jdbc.query("select * from api_token where id = ?", VIEW, id).stream().findFirst()
                .filter(v -> v.username().equals(currentUser.username()) || currentUser.hasRole(Roles.ADMIN))
                .orElseThrow(() -> new NotFoundException("No token " + id));
        if (t.revokedAt() == null) {
            jdbc.update("update api_token set revoked_at = ? where id = ? and revoked_at is null", Timestamp.from(clock.instant()), id);
        }
        return jdbc.queryForObject("select * from api_token where id = ?", VIEW, id);
    }

    /** The SHA-256 of a token, in hex: what is stored and looked up. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
