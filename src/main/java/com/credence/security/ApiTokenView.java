package com.credence.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal access token as its owner and admins see it: never the token itself. */
public record ApiTokenView(long id, String username, String name, ApiTokenScope scope, Instant createdAt, @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
