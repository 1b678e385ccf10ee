package com.credence.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import com.credence.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first users of an empty database: the demo users when demo content is on, otherwise one admin
 * whose password comes from configuration or is generated and printed once.
 */
@Component
@Order(0)
class UserBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;

    UserBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${credence.demo.enabled:false}") boolean demo,
            @Value("${credence.initial-admin.username:admin}") String adminUsername,
            @Value("${credence.initial-admin.password:}") String adminPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (demo) {
            create("checker", "Casey Checker", "checker", Set.of(Roles.FACT_CHECKER));
            create("editor", "Eden Editor", "editor", Set.of(Roles.EDITOR));
            create("admin", "Ari Admin", "admin", Set.of(Roles.ADMIN));
            log.info("Demo content is on: created the users checker/checker, editor/editor and admin/admin. "
                    + "Switch demo content off (credence.demo.enabled=false) for real use.");
            return;
        }
        String password = adminPassword;
        if (password.isBlank()) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            log.warn("\n\n    Created the first admin '{}' with the generated password: {}\n"
                    + "    It is shown only this once. Sign in and change it under Users.\n", adminUsername, password);
        } else {
            log.info("Created the first admin '{}' with the password from credence.initial-admin.password", adminUsername);
        }
        create(adminUsername, "Administrator", password, Set.of(Roles.ADMIN));
    }

    private void create(String username, String displayName, String password, Set<String> roles) {
        users.save(new UserAccount(username, displayName, passwordEncoder.encode(password), roles, clock.instant()));
    }
}
