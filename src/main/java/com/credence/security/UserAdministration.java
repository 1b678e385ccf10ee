package com.credence.security;

import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.security.internal.SignInThrottle;
import com.credence.security.internal.UserAccount;
import com.credence.security.internal.UserAccountRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration: create users, set their roles, disable them, reset passwords, lift locks.
 * Admins only; an admin cannot lock themselves or the organisation out of administration.
 */
@Service
@PreAuthorize(Roles.ADMIN_ONLY)
public class UserAdministration {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD = 8;
    /** BCrypt reads at most 72 bytes. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final SignInThrottle throttle;

    UserAdministration(UserAccountRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock,
            org.springframework.context.ApplicationEventPublisher events, SignInThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list(Pageable pageable) {
        return users.findBy(pageable).map(this::summary).getContent();
    }

    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return summary(find(id));
    }

    @Transactional(readOnly = true)
    public UserSummary byUsername(String username) {
        return summary(findByName(username));
    }

    /**
     * Changes the parts given, by the same rules as one at a time, in one transaction: when one part is
     * refused (the last admin's role, a weak password) nothing of the change is stored.
     */
    @Transactional
    public UserSummary change(String username, UserChange change) {
        UserAccount account = findByName(username);
        if (change.displayName() != null || change.roles() != null) {
            rename(account, change.displayName() != null ? change.displayName() : account.getDisplayName(),
                    change.roles() != null ? change.roles() : account.getRoles());
        }
        if (change.password() != null) {
            newPassword(account, change.password());
        }
        if (change.enabled() != null) {
            enable(account, change.enabled());
        }
        return summary(account);
    }

    @Transactional
    public UserSummary unlock(String username) {
        UserAccount account = findByName(username);
        lift(account);
        return summary(account);
    }

    private UserAccount findByName(String username) {
        return users.findByUsername(username.strip()).orElseThrow(() -> new NotFoundException("No user '" + username + "'"));
    }

    @Transactional
    public UserSummary create(NewUser request) {
        String username = request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(
                    "A username is 2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        if (users.existsByUsername(username)) {
            throw new InvalidInputException("The username '" + username + "' is taken.");
        }
        String displayName = checkDisplayName(request.displayName());
        checkPassword(request.password());
        Set<String> roles = checkRoles(request.roles());
        UserAccount account = new UserAccount(username, displayName, passwordEncoder.encode(request.password()),
                roles, clock.instant());
        return summary(users.save(account));
    }

    @Transactional
    public UserSummary update(long id, String displayName, Set<String> roles) {
        UserAccount account = find(id);
        rename(account, displayName, roles);
        return summary(account);
    }

    private void rename(UserAccount account, String displayName, Set<String> roles) {
        String name = checkDisplayName(displayName);
        Set<String> newRoles = checkRoles(roles);
        if (account.getRoles().contains(Roles.ADMIN) && !newRoles.contains(Roles.ADMIN)) {
            if (isSelf(account)) {
                throw new InvalidInputException("You cannot take the admin role from yourself.");
            }
            requireAnotherAdmin(account);
        }
        boolean reduced = !newRoles.containsAll(account.getRoles());
        account.setDisplayName(name);
        account.setRoles(newRoles);
        if (reduced) {
            events.publishEvent(new UserRightsReduced(account.getUsername(), "a role was taken away"));
        }
    }

    @Transactional
    public UserSummary setEnabled(long id, boolean enabled) {
        UserAccount account = find(id);
        enable(account, enabled);
        return summary(account);
    }

    private void enable(UserAccount account, boolean enabled) {
        if (!enabled) {
            if (isSelf(account)) {
                throw new InvalidInputException("You cannot disable your own account.");
            }
            if (account.getRoles().contains(Roles.ADMIN)) {
                requireAnotherAdmin(account);
            }
        }
        boolean ends = account.isEnabled() && !enabled;
        account.setEnabled(enabled);
        if (ends) {
            events.publishEvent(new UserRightsReduced(account.getUsername(), "the account was disabled"));
        }
    }

    @Transactional
    public UserSummary resetPassword(long id, String newPassword) {
        UserAccount account = find(id);
        newPassword(account, newPassword);
        return summary(account);
    }

    private void newPassword(UserAccount account, String newPassword) {
        checkPassword(newPassword);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        lift(account);
        events.publishEvent(new UserRightsReduced(account.getUsername(), "the password was reset"));
    }

    @Transactional
    public UserSummary unlock(long id) {
        UserAccount account = find(id);
        lift(account);
        return summary(account);
    }

    /** Every sign-in pause and failure count of the account, from any address, gone. */
    private void lift(UserAccount account) {
        account.setFailedSignIns(0);
        account.setLockedUntil(null);
        throttle.forget(account.getUsername());
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("No user with id " + id));
    }

    private boolean isSelf(UserAccount account) {
        return account.getUsername().equals(currentUser.username());
    }

    private void requireAnotherAdmin(UserAccount account) {
        long admins = users.countEnabledWithRole(Roles.ADMIN);
        boolean countsItself = account.isEnabled();
        if (admins - (countsItself ? 1 : 0) < 1) {
            throw new InvalidInputException("At least one enabled admin must remain.");
        }
    }

    private static String checkDisplayName(String displayName) {
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidInputException("A display name is 1 to 120 characters.");
        }
        com.credence.base.Inputs.wellFormed(name, "display name");
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("A display name cannot contain control characters.");
        }
        return name;
    }

    /** The password rules (at least 8 characters, at most 72 bytes, not only spaces); a clear message for a password that breaks them. */
    public static void checkPassword(String password) {
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new InvalidInputException("A password has at least " + MIN_PASSWORD + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException("A password has at most " + MAX_PASSWORD_BYTES + " bytes (about 70 characters).");
        }
        if (password.isBlank()) {
            throw new InvalidInputException("A password cannot be only spaces.");
        }
    }

    private static Set<String> checkRoles(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new InvalidInputException("Give the user at least one role.");
        }
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new InvalidInputException("Unknown role '" + role + "'. Roles are " + String.join(", ", Roles.ALL) + ".");
            }
        }
        return Set.copyOf(roles);
    }

    /** The account as the admin page shows it; "locked until" is the latest sign-in block for its name from any address. */
    private UserSummary summary(UserAccount a) {
        return new UserSummary(a.getId() == null ? 0 : a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(),
                a.isEnabled(), throttle.blockedUntil(a.getUsername(), clock.instant()), a.getCreatedAt());
    }
}
