package com.credence.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.security.Roles;
import com.credence.security.UserAdministration;
import com.credence.security.UserSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Lock-out is no weapon: failures count per name and address, unknown names alike, and each block lasts longer. */
@IntegrationTest
class SignInThrottleTest {

    @Autowired
    SignInAttempts signIn;
    @Autowired
    SignInProperties properties;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    JdbcTemplate jdbc;

    private Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return signIn.authenticate(token);
    }

    @Test
    void guessesFromOneAddressPauseThatAddressOnlyAndTheRealUserSignsInFromAnother() {
        UserSummary user = accounts.create("throttled", Roles.FACT_CHECKER);
        String attacker = "203.0.113.7";
        for (int i = 0; i < properties.maxFailedSignIns(); i++) {
            String guess = "guess-" + i;
            assertThatThrownBy(() -> attempt(user.username(), guess, attacker)).isInstanceOf(BadCredentialsException.class);
        }
        // the guesser's address is paused, even with the right password; no check is made for it
        assertThatThrownBy(() -> attempt(user.username(), TestAccounts.PASSWORD, attacker)).isInstanceOf(LockedException.class);
        // the real user, elsewhere, is not locked out
        assertThat(attempt(user.username(), TestAccounts.PASSWORD, "198.51.100.20").isAuthenticated()).isTrue();
        // the admin page shows the pause; unlocking lifts it
        assertThat(accounts.asSystemAdmin(() -> administration.get(user.id())).lockedUntil()).isAfter(Instant.now());
        accounts.asSystemAdmin(() -> administration.unlock(user.id()));
        assertThat(attempt(user.username(), TestAccounts.PASSWORD, attacker).isAuthenticated()).isTrue();
    }

    @Test
    void aNameThatIsNoAccountIsThrottledLikeOneThatIs() {
        String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        String address = "192.0.2.44";
        for (int i = 0; i < properties.maxFailedSignIns(); i++) {
            assertThatThrownBy(() -> attempt(ghost, "whatever-123", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(ghost, "whatever-123", address)).isInstanceOf(LockedException.class);
        // the name's case does not give a guesser a fresh count
        assertThatThrownBy(() -> attempt(ghost.toUpperCase(java.util.Locale.ROOT), "whatever-123", address))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void eachBlockLastsTwiceAsLongAsTheOneBefore() {
        String name = "repeat-" + UUID.randomUUID().toString().substring(0, 8);
        String address = "192.0.2.45";
        Duration[] blocks = new Duration[3];
        for (int round = 0; round < blocks.length; round++) {
            for (int i = 0; i < properties.maxFailedSignIns(); i++) {
                assertThatThrownBy(() -> attempt(name, "nope-123", address)).isInstanceOf(BadCredentialsException.class);
            }
            Instant until = jdbc.queryForObject("select blocked_until from sign_in_throttle where username = ? and address = ?",
                    java.sql.Timestamp.class, name, address).toInstant();
            blocks[round] = Duration.between(Instant.now(), until);
            // the block runs out (moved into the past rather than waited for)
            jdbc.update("update sign_in_throttle set blocked_until = ? where username = ? and address = ?",
                    java.sql.Timestamp.from(Instant.now().minusSeconds(1)), name, address);
        }
        Duration lock = properties.lockDuration();
        assertThat(blocks[0]).isBetween(lock.minusSeconds(5), lock);
        assertThat(blocks[1]).isBetween(lock.multipliedBy(2).minusSeconds(5), lock.multipliedBy(2));
        assertThat(blocks[2]).isBetween(lock.multipliedBy(4).minusSeconds(5), lock.multipliedBy(4));
    }
}
