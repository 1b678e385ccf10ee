package com.credence.base;

import java.util.Optional;

/**
 * A short text beside a navigation entry for the signed-in user ("2 returned · 1 waiting"). Modules
 * provide them as beans; the shell asks on every navigation and whenever {@link UserSignals} says
 * that user's work changed.
 */
public interface NavigationBadge {

    /** The route of the navigation entry, as in its {@code @Route} ("my-work"). */
    String path();

    /** The badge for the signed-in user, or empty for none. */
    Optional<Badge> badge();

    /** What the badge shows (short), and what it says in words (for screen readers and the tooltip). */
    record Badge(String text, String description) {
    }
}
