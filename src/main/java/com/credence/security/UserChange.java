package com.credence.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin changes about a user; every part left null stays as it is. */
public record UserChange(@Nullable String displayName, @Nullable Set<String> roles, @Nullable Boolean enabled,
        @Nullable String password) {
}
