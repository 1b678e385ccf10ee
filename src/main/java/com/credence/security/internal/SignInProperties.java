package com.credence.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins.
 *
 * @param maxFailedSignIns failures in a row that lock an account
 * @param lockDuration how long the lock lasts
 * @param passwordHashCost BCrypt's cost for stored passwords (2^cost rounds, 4 to 31): each sign-in and each API request
 *     with a password pays it, so raise it with the hardware; hashes made at another cost keep working
 */
@ConfigurationProperties("credence.security")
public record SignInProperties(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int passwordHashCost) {

    public SignInProperties {
        if (passwordHashCost < 4 || passwordHashCost > 31) {
            throw new IllegalArgumentException("credence.security.password-hash-cost must be between 4 and 31, not " + passwordHashCost);
        }
    }
}
