package com.credence;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A new, empty in-memory database migrated exactly as the application migrates its own (same Flyway settings). */
public final class FreshDatabase {

    private FreshDatabase() {
    }

    public static DataSource migrated(Flyway applicationFlyway) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:fresh-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().configuration(applicationFlyway.getConfiguration()).dataSource(dataSource).load().migrate();
        return dataSource;
    }
}
