package com.credence.security.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account name and client address, in the database (every instance sees the same
 * counts). A password check is reserved before it runs, by one update that passes only while the
 * failures and the checks under way for that name from that address are below the limit and no block
 * is in force: guesses sent at once get no more checks than the limit. At the limit, that name is
 * blocked from that address for the lock duration, doubled with every block after the first (up to a
 * day); a right password from there starts it all again. Other addresses are not touched, so a guesser
 * cannot lock the real user out; names that are no account are counted like the others.
 */
@Component
public class SignInThrottle {

    static final Duration LONGEST = Duration.ofDays(1);

    private final JdbcTemplate jdbc;

    SignInThrottle(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String key(String username) {
        String k = username.strip().toLowerCase(Locale.ROOT);
        return k.length() > 100 ? k.substring(0, 100) : k;
    }

    static String address(@Nullable String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip();
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    /** Reserves one check for this name from this address; false when it is blocked or at its limit. */
    boolean reserve(String username, String address, int max, Instant now) {
        String k = key(username);
        String a = address(address);
        if (tryReserve(k, a, max, now)) {
            return true;
        }
        try {
            jdbc.update("insert into sign_in_throttle (username, address, failures, in_progress, strikes) values (?, ?, 0, 1, 0)", k, a);
            return true;
        } catch (DataIntegrityViolationException e) {
            // the row was there (and refused), or a parallel first attempt made it: one more try decides
            return tryReserve(k, a, max, now);
        }
    }

    /** The one statement that reserves a check on an existing row, only below the limit and outside a block. */
    private boolean tryReserve(String key, String address, int max, Instant now) {
        return jdbc.update("update sign_in_throttle set in_progress = in_progress + 1 where username = ? and address = ? "
                + "and failures + in_progress < ? and (blocked_until is null or blocked_until <= ?)", key, address, max, Timestamp.from(now)) == 1;
    }

    /** True when this name is paused from this address, or its failures alone are at the limit (not just checks under way). */
    boolean blocked(String username, String address, int max, Instant now) {
        Boolean b = jdbc.query("select failures, blocked_until from sign_in_throttle where username = ? and address = ?", rs -> {
            if (!rs.next()) {
                return false;
            }
            Timestamp until = rs.getTimestamp(2);
            return rs.getInt(1) >= max || (until != null && until.toInstant().isAfter(now));
        }, key(username), address(address));
        return Boolean.TRUE.equals(b);
    }

    /**
     * A reserved check failed: one more failure, the reservation given back; at the limit the name is
     * blocked from this address (the block returned), else null.
     */
    @Nullable Instant failed(String username, String address, int max, Duration lock, Instant now) {
        String k = key(username);
        String a = address(address);
        jdbc.update("update sign_in_throttle set failures = failures + 1, "
                + "in_progress = case when in_progress > 0 then in_progress - 1 else 0 end where username = ? and address = ?", k, a);
        Integer strikes = jdbc.query("select strikes from sign_in_throttle where username = ? and address = ?",
                rs -> rs.next() ? rs.getInt(1) : null, k, a);
        if (strikes == null) {
            return null;
        }
        Duration d = lock.multipliedBy(1L << Math.min(strikes, 16));
        Instant until = now.plus(d.compareTo(LONGEST) > 0 ? LONGEST : d);
        int blocked = jdbc.update("update sign_in_throttle set blocked_until = ?, failures = 0, strikes = strikes + 1 "
                + "where username = ? and address = ? and failures >= ?", Timestamp.from(until), k, a, max);
        return blocked == 1 ? until : null;
    }

    /** A reserved check ended without a verdict on the password: the reservation given back. */
    void release(String username, String address) {
        jdbc.update("update sign_in_throttle set in_progress = case when in_progress > 0 then in_progress - 1 else 0 end "
                + "where username = ? and address = ?", key(username), address(address));
    }

    /**
     * After a right password: the reservation given back, and the count forgotten, but only when no other
     * check is under way and no block came meanwhile (a right guess among parallel wrong ones clears nothing).
     */
    void succeeded(String username, String address, Instant now) {
        String k = key(username);
        String a = address(address);
        release(k, a);
        jdbc.update("delete from sign_in_throttle where username = ? and address = ? and in_progress = 0 "
                + "and (blocked_until is null or blocked_until <= ?)", k, a, Timestamp.from(now));
    }

    /** The latest block in force for this name from any address, for the admin page; null when none. */
    public @Nullable Instant blockedUntil(String username, Instant now) {
        Timestamp t = jdbc.queryForObject("select max(blocked_until) from sign_in_throttle where username = ? and blocked_until > ?",
                Timestamp.class, key(username), Timestamp.from(now));
        return t == null ? null : t.toInstant();
    }

    /** An admin lifts every block and count for this name. */
    public void forget(String username) {
        jdbc.update("delete from sign_in_throttle where username = ?", key(username));
    }

    /** At start: no check can be under way (single instance; see the README). */
    void forgetChecksInProgress() {
        jdbc.update("update sign_in_throttle set in_progress = 0 where in_progress <> 0");
    }
}
