package com.credence;

import com.credence.security.NewUser;
import com.credence.security.UserAdministration;
import com.credence.security.UserSummary;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test users made through the real user administration service, and a way to act as one of them:
 * the security context then holds that user exactly as a sign-in would put it there.
 */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UserAdministration administration;
    private final UserDetailsService userDetails;

    TestAccounts(UserAdministration administration, UserDetailsService userDetails) {
        this.administration = administration;
        this.userDetails = userDetails;
    }

    /** A fresh user with the given roles and {@link #PASSWORD}; the name starts with the prefix. */
    public UserSummary create(String prefix, String... roles) {
        String username = prefix + "-" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
        return createNamed(username, roles);
    }

    /** A user with exactly this name. */
    public UserSummary createNamed(String username, String... roles) {
        return asSystemAdmin(() -> administration.create(new NewUser(username, "Test " + username, PASSWORD, Set.of(roles))));
    }

    /** Puts this user, loaded from the database, into the security context of the current thread. */
    public void signInAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs setup work as an admin that is not in the database, then restores the caller's context. */
    public <T> T asSystemAdmin(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("test-setup", null, "ROLE_ADMIN"));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
