package com.credence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Which database the tests run on. H2 in memory unless the system property
 * {@code credence.test.postgres} names a PostgreSQL server, as
 * {@code jdbc:postgresql://host:port/?user=postgres}: then every application context, and every
 * {@link FreshDatabase}, gets a new database of its own on that server. The build's PostgreSQL pass
 * sets it from the environment variable {@code CREDENCE_TEST_POSTGRES} ({@code .ci/run} starts a
 * throw-away cluster and sets that); the H2 pass never does. The same Flyway migrations run on both.
 */
public final class TestDatabases implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** A database to connect to: its JDBC address and credentials, and the Flyway placeholders of its vendor. */
    public record Database(String url, String username, String password, String tinyint) {

        public String[] arguments() {
            return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                    "--spring.datasource.password=" + password, "--spring.flyway.placeholders.tinyint=" + tinyint};
        }
    }

    public static @Nullable String postgresServer() {
        String server = System.getProperty("credence.test.postgres");
        return server == null || server.isBlank() ? null : server.strip();
    }

    public static boolean postgres() {
        return postgresServer() != null;
    }

    /** A new, empty database with the given name prefix. */
    public static Database fresh(String prefix) {
        String server = postgresServer();
        if (server == null) {
            return new Database("jdbc:h2:mem:" + prefix + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", "tinyint");
        }
        String name = (prefix.replaceAll("[^a-z0-9]", "_") + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(java.util.Locale.ROOT);
        java.net.URI uri = java.net.URI.create(server.substring("jdbc:".length()));
        String user = "postgres";
        String password = "";
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("user")) {
                    user = kv[1];
                } else if (kv[0].equals("password")) {
                    password = kv[1];
                }
            }
        }
        String base = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/";
        try (Connection c = DriverManager.getConnection(base + "postgres", user, password); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + base + ": " + e.getMessage(), e);
        }
        return new Database(base + name, user, password, "smallint");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!postgres()) {
            return; // IntegrationTest's own H2 address stands
        }
        Database db = fresh("credence_test");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("credence-test-database", Map.of(
                "spring.datasource.url", db.url(), "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password(), "spring.flyway.placeholders.tinyint", db.tinyint())));
    }
}
