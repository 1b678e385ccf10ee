package com.credence.security;

import java.util.Set;

/** What an admin enters to create a user. */
public record NewUser(String username, String displayName, String password, Set<String> roles) {
}
