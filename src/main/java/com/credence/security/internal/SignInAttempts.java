package com.credence.security.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in (the form and HTTP Basic alike) with failures counted per account name and client address
 * ({@link SignInThrottle}): a check is reserved before BCrypt runs, so thirty guesses sent at once get
 * at most the limit's worth of checks and the others are refused without one; at the limit that name
 * is blocked from that address for a while, longer each time, while the real user signs in from
 * elsewhere. Names that are no account are throttled the same way, and every refusal looks the same
 * to the client (one message), so nothing tells a guesser which accounts exist or what state they are in.
 */
@Component
class SignInAttempts implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);
    /** How long a sign-in waits for other checks of the same name and address to finish. */
    static final java.time.Duration MAX_WAIT = java.time.Duration.ofSeconds(5);

    private final SignInThrottle throttle;
    private final SignInProperties properties;
    private final Clock clock;
    private final DaoAuthenticationProvider passwords;

    SignInAttempts(SignInThrottle throttle, SignInProperties properties, Clock clock, AccountUserDetailsService accounts,
            PasswordEncoder encoder) {
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        if (!reserveOrWait(username, address)) {
            throw new LockedException("Sign-ins for this name from this address are paused after repeated failures.");
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            throttle.succeeded(username, address, clock.instant());
            return done;
        } catch (BadCredentialsException e) {
            java.time.Instant until = throttle.failed(username, address, properties.maxFailedSignIns(), properties.lockDuration(),
                    clock.instant());
            if (until != null) {
                log.warn("Sign-ins as '{}' from {} paused until {} after {} failures", username, SignInThrottle.address(address), until,
                        properties.maxFailedSignIns());
            }
            throw e;
        } catch (RuntimeException e) {
            throttle.release(username, address);
            throw e;
        }
    }

    /**
     * A check reserved, waiting (up to {@link #MAX_WAIT}) while the only reason against it is other checks
     * under way: a client sending its right password in parallel is slowed to the limit's worth of checks
     * at a time, not refused; a name paused or at its failure limit is refused at once.
     */
    private boolean reserveOrWait(String username, @org.jspecify.annotations.Nullable String address) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            if (throttle.reserve(username, address, properties.maxFailedSignIns(), clock.instant())) {
                return true;
            }
            if (throttle.blocked(username, address, properties.maxFailedSignIns(), clock.instant()) || System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5 + java.util.concurrent.ThreadLocalRandom.current().nextInt(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @EventListener(ApplicationReadyEvent.class)
    void forgetChecksOfAnEarlierRun() {
        throttle.forgetChecksInProgress();
    }
}
