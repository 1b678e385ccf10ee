package com.credence.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins.
 *
 * @param maxFailedSignIns failures in a row that lock an account
 * @param lockDuration how long the lock lasts
 */
@ConfigurationProperties("credence.security")
public record SignInProperties(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockDuration) {
}
