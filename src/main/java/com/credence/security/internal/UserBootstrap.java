package com.credence.security.internal;

import com.credence.base.SeedOnce;
import com.credence.security.Roles;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first users of a new database: the demo users when demo content is on, otherwise one admin
 * whose password comes from configuration or is generated and printed once. Created once per
 * database, also when several instances start at once (see {@link SeedOnce}).
 */
@Component
@Order(0)
class UserBootstrap implements ApplicationRunner {

    static final String SEED = "first-users";
    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final SeedOnce seeds;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;

    UserBootstrap(SeedOnce seeds, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${credence.demo.enabled:false}") boolean demo,
            @Value("${credence.initial-admin.username:admin}") String adminUsername,
            @Value("${credence.initial-admin.password:}") String adminPassword) {
        this.seeds = seeds;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** True when this call created the first users, false when the database had them already. */
    boolean seed() {
        if (demo) {
            boolean seeded = seeds.run(SEED, jdbc -> {
                for (DemoUser u : DEMO_USERS) {
                    create(jdbc, u.username(), u.displayName(), u.password(), Set.of(u.role()));
                }
            });
            if (seeded) {
                log.info("Demo content is on: created the users checker/checker-demo, editor/editor-demo and admin/admin-demo. "
                        + "Switch demo content off (credence.demo.enabled=false) for real use.");
            }
            return seeded;
        }
        String password = adminPassword.isBlank() ? generated() : adminPassword;
        boolean seeded = seeds.run(SEED, jdbc -> create(jdbc, adminUsername, "Administrator", password, Set.of(Roles.ADMIN)));
        if (seeded && adminPassword.isBlank()) {
            log.warn("\n\n    Created the first admin '{}' with the generated password: {}\n"
                    + "    It is shown only this once. Sign in and change it under Users.\n", adminUsername, password);
        } else if (seeded) {
            log.info("Created the first admin '{}' with the password from credence.initial-admin.password", adminUsername);
        }
        return seeded;
    }

    private static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A demo user; its password keeps the app's own rules like any other. */
    record DemoUser(String username, String displayName, String password, String role) {
    }

    static final java.util.List<DemoUser> DEMO_USERS = java.util.List.of(
            new DemoUser("checker", "Casey Checker", "checker-demo", Roles.FACT_CHECKER),
            new DemoUser("editor", "Eden Editor", "editor-demo", Roles.EDITOR),
            new DemoUser("admin", "Ari Admin", "admin-demo", Roles.ADMIN));

    private void create(JdbcTemplate jdbc, String username, String displayName, String password, Set<String> roles) {
        com.credence.security.UserAdministration.checkPassword(password);
        jdbc.update("insert into user_account (username, display_name, password_hash, enabled, failed_sign_ins, created_at, version) "
                + "values (?, ?, ?, true, 0, ?, 0)", username, displayName, passwordEncoder.encode(password),
                Timestamp.from(clock.instant()));
        Long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        for (String role : roles) {
            jdbc.update("insert into user_role (user_id, role) values (?, ?)", id, role);
        }
    }
}
