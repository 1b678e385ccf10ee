package com.credence.security;

import com.credence.security.internal.UserAccount;
import com.credence.security.internal.UserAccountRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enabled users work can be given to, for editors assigning articles. */
@Service
@PreAuthorize(Roles.ANY_USER)
public class UserDirectory {

    private final UserAccountRepository users;

    UserDirectory(UserAccountRepository users) {
        this.users = users;
    }

    /** Enabled users who annotate (fact-checkers and editors), by name. */
    @Transactional(readOnly = true)
    public List<Colleague> annotators() {
        return users.findAll().stream().filter(UserAccount::isEnabled)
                .filter(u -> u.getRoles().contains(Roles.FACT_CHECKER) || u.getRoles().contains(Roles.EDITOR))
                .map(UserDirectory::colleague).sorted(Comparator.comparing(Colleague::username)).toList();
    }

    /** The enabled user with this name, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Colleague> find(String username) {
        return users.findByUsername(username).filter(UserAccount::isEnabled).map(UserDirectory::colleague);
    }

    private static Colleague colleague(UserAccount u) {
        return new Colleague(u.getUsername(), u.getDisplayName(), u.getRoles());
    }
}
