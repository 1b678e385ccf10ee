package com.credence.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as the admin pages show it. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        Set<String> roles,
        boolean enabled,
        @Nullable Instant lockedUntil,
        Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
