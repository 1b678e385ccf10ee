package com.credence.security;

import java.util.List;

/**
 * The roles of Credence, in one place. Use these constants in {@code @RolesAllowed},
 * {@code @PreAuthorize} and everywhere else a role is named.
 */
public final class Roles {

    /** Imports articles, annotates, submits for review. */
    public static final String FACT_CHECKER = "FACT_CHECKER";
    /** Everything a fact-checker can, plus review, assignment, export and the tag set. */
    public static final String EDITOR = "EDITOR";
    /** Users, roles and settings; sees all of the editorial workflow. */
    public static final String ADMIN = "ADMIN";

    /** Every role, in the order they are shown. */
    public static final List<String> ALL = List.of(FACT_CHECKER, EDITOR, ADMIN);

    /** SpEL for {@code @PreAuthorize}: any signed-in Credence user. */
    public static final String ANY_USER = "hasAnyRole('" + FACT_CHECKER + "','" + EDITOR + "','" + ADMIN + "')";
    /** SpEL for {@code @PreAuthorize}: editors and admins. */
    public static final String EDITORIAL = "hasAnyRole('" + EDITOR + "','" + ADMIN + "')";
    /** SpEL for {@code @PreAuthorize}: admins only. */
    public static final String ADMIN_ONLY = "hasRole('" + ADMIN + "')";

    private Roles() {
    }

    /** A role's name as people read it. */
    public static String label(String role) {
        return switch (role) {
            case FACT_CHECKER -> "Fact-checker";
            case EDITOR -> "Editor";
            case ADMIN -> "Admin";
            default -> role;
        };
    }
}
