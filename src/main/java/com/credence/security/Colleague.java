package com.credence.security;

import java.util.Set;

/** Someone work can be assigned to: their sign-in name, the name people read, and their roles. */
public record Colleague(String username, String displayName, Set<String> roles) {

    public Colleague {
        roles = Set.copyOf(roles);
    }
}
