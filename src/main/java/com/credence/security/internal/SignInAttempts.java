package com.credence.security.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account (in the database, so every instance sees the same count) and
 * locks the account for a while after too many failures in a row. Works for the sign-in form and for
 * HTTP Basic on the API alike, since both publish Spring Security's authentication events.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final UserAccountRepository users;
    private final SignInProperties properties;
    private final Clock clock;

    SignInAttempts(UserAccountRepository users, SignInProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            int failures = account.getFailedSignIns() + 1;
            if (failures >= properties.maxFailedSignIns()) {
                account.setFailedSignIns(0);
                account.setLockedUntil(clock.instant().plus(properties.lockDuration()));
                log.warn("Account '{}' locked for {} after {} failed sign-ins",
                        account.getUsername(), properties.lockDuration(), failures);
            } else {
                account.setFailedSignIns(failures);
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            if (account.getFailedSignIns() != 0 || account.getLockedUntil() != null) {
                account.setFailedSignIns(0);
                account.setLockedUntil(null);
            }
        });
    }
}
