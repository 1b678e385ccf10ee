package com.credence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A new, empty database (in-memory H2, or PostgreSQL when the tests run on it) migrated exactly as the application migrates its own (same Flyway settings). */
public final class FreshDatabase {

    private FreshDatabase() {
    }

    public static DataSource migrated(Flyway applicationFlyway) {
        TestDatabases.Database db = TestDatabases.fresh("fresh");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
        Flyway.configure().configuration(applicationFlyway.getConfiguration()).dataSource(dataSource)
                .placeholders(withTinyint(applicationFlyway, db.tinyint())).load().migrate();
        return dataSource;
    }

    private static java.util.Map<String, String> withTinyint(Flyway flyway, String tinyint) {
        java.util.Map<String, String> placeholders = new java.util.HashMap<>(flyway.getConfiguration().getPlaceholders());
        placeholders.put("tinyint", tinyint);
        return placeholders;
    }
}
