package com.credence.base;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Which database Credence runs on: the embedded H2 (the default) or PostgreSQL (at scale). Asked
 * once, at start. Only where the two must differ (full-text search, the cross-instance event relay)
 * does code look at it; the schema and the queries are otherwise the same.
 */
@Component
public class DatabaseKind {

    private final String product;

    DatabaseKind(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            this.product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

    public boolean postgres() {
        return "PostgreSQL".equalsIgnoreCase(product);
    }

    /** The database's own name for itself ("H2", "PostgreSQL"). */
    public String product() {
        return product;
    }
}
