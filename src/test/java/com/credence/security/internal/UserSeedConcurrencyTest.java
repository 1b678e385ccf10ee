package com.credence.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.Concurrently;
import com.credence.FreshDatabase;
import com.credence.IntegrationTest;
import com.credence.base.SeedOnce;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Several instances starting at once on one empty database create exactly one first admin (or one set of demo users). */
@IntegrationTest
class UserSeedConcurrencyTest {

    @Autowired
    Flyway flyway;
    @Autowired
    PasswordEncoder passwordEncoder;

    private List<Boolean> startAtOnce(DataSource db, boolean demo, int instances) throws Exception {
        return Concurrently.atOnce(instances, i -> new UserBootstrap(
                new SeedOnce(db, new DataSourceTransactionManager(db), Clock.systemUTC()), passwordEncoder, Clock.systemUTC(), demo,
                "first-admin", "")::seed);
    }

    @Test
    void exactlyOneFirstAdmin() throws Exception {
        DataSource db = FreshDatabase.migrated(flyway);
        assertThat(startAtOnce(db, false, 4)).containsOnlyOnce(true);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThat(jdbc.queryForList("select username from user_account", String.class)).containsExactly("first-admin");
        assertThat(jdbc.queryForList("select role from user_role", String.class)).containsExactly("ADMIN");
        assertThat(startAtOnce(db, false, 1)).containsExactly(false);
    }

    @Test
    void exactlyOneSetOfDemoUsers() throws Exception {
        DataSource db = FreshDatabase.migrated(flyway);
        assertThat(startAtOnce(db, true, 3)).containsOnlyOnce(true);
        assertThat(new JdbcTemplate(db).queryForList("select username from user_account order by username", String.class))
                .containsExactly("admin", "checker", "editor");
    }
}
