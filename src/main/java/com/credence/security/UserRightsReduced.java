package com.credence.security;

/** An admin took rights from a user: disabled the account, took a role away, or reset the password. Their sessions end. */
public record UserRightsReduced(String username, String why) {
}
