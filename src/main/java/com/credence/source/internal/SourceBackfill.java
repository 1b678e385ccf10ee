package com.credence.source.internal;

import com.credence.source.SourceNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 20.1, after V20 made the ledger's tables: an entry (kind "other") for every distinct source
 * name on the annotations that exist, matched by {@link SourceNames#key} (so "The Ministry" and
 * "ministry" become one entry, named as it was first written), and every annotation linked to its entry.
 * In Java because the key (Unicode decomposition, case folding) is the same code the application matches
 * with; SQL on H2 and PostgreSQL has no common way to strip accents. Spring Boot hands Flyway the
 * {@code JavaMigration} beans.
 */
@Component
class SourceBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("20.1");
    }

    @Override
    public String getDescription() {
        return "source ledger backfill";
    }

    @Override
    public Integer getChecksum() {
        return 201;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select source, min(id) from annotation where source is not null and source_id is null"
                        + " group by source order by min(id)")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        Map<String, Long> byKey = new HashMap<>();
        Timestamp now = new Timestamp(0);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_timestamp")) {
            if (rs.next()) {
                now = rs.getTimestamp(1);
            }
        }
        try (PreparedStatement entry = c.prepareStatement("insert into source_entry (name, name_key, kind, created_at, version)"
                + " values (?, ?, 'OTHER', ?, 0)", new String[] {"id"});
                PreparedStatement name = c.prepareStatement("insert into source_name (name_key, source_id, name, alias) values (?, ?, ?, false)");
                PreparedStatement link = c.prepareStatement("update annotation set source_id = ? where source = ? and source_id is null")) {
            for (String n : names) {
                String key = SourceNames.key(n);
                if (key.isEmpty()) {
                    continue;
                }
                Long id = byKey.get(key);
                if (id == null) {
                    entry.setString(1, n);
                    entry.setString(2, key);
                    entry.setTimestamp(3, now);
                    entry.executeUpdate();
                    try (ResultSet keys = entry.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    name.setString(1, key);
                    name.setLong(2, id);
                    name.setString(3, n);
                    name.executeUpdate();
                    byKey.put(key, id);
                }
                link.setLong(1, id);
                link.setString(2, n);
                link.executeUpdate();
            }
        }
    }
}
