package com.credence.security.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in (the form and HTTP Basic alike) with failures counted per account in the database, so
 * every instance sees the same count, and an account locked for a while after too many failures in a
 * row. A password check is reserved before BCrypt runs, by one update statement that succeeds only
 * while failures and checks under way are below the limit: thirty guesses sent at once get at most
 * the limit's worth of checks, and the others are refused as locked without a check. Failures are
 * counted and the lock set by single statements too (no read-modify-write that loses counts).
 */
@Component
class SignInAttempts implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final UserAccountRepository users;
    private final SignInProperties properties;
    private final Clock clock;
    private final DaoAuthenticationProvider passwords;

    SignInAttempts(UserAccountRepository users, SignInProperties properties, Clock clock, AccountUserDetailsService accounts,
            PasswordEncoder encoder) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        boolean reserved = users.reserveSignIn(username, properties.maxFailedSignIns(), clock.instant()) == 1;
        if (!reserved && users.findByUsername(username).isPresent()) {
            throw new LockedException("This account is locked after repeated failed sign-ins.");
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            if (reserved) {
                users.releaseSignIn(username);
                users.clearFailures(username, clock.instant());
            }
            return done;
        } catch (BadCredentialsException e) {
            if (reserved) {
                users.signInFailed(username);
                if (users.lockIfOverLimit(username, properties.maxFailedSignIns(), clock.instant().plus(properties.lockDuration())) == 1) {
                    log.warn("Account '{}' locked for {} after {} failed sign-ins", username, properties.lockDuration(),
                            properties.maxFailedSignIns());
                }
            }
            throw e;
        } catch (RuntimeException e) {
            if (reserved) {
                users.releaseSignIn(username);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @EventListener(ApplicationReadyEvent.class)
    void forgetChecksOfAnEarlierRun() {
        users.forgetSignInsInProgress();
    }
}
