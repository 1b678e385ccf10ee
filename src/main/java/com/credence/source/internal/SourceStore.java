package com.credence.source.internal;

import com.credence.base.DatabaseKind;
import com.credence.base.Inputs;
import com.credence.source.SourceFilter;
import com.credence.source.SourceKind;
import com.credence.source.SourceNames;
import com.credence.source.SourceSort;
import com.credence.source.SourceSummary;
import com.credence.source.SourceView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger's tables in SQL: {@code source_entry} (one row per source) and {@code source_name} (the key
 * of every canonical name and alias, unique across all entries). Inserts that may race another
 * transaction's run under a savepoint, so losing the race (a duplicate key) leaves the caller's
 * transaction usable, also on PostgreSQL. Called in the caller's transaction.
 */
@Component
public class SourceStore {

    /** SQLSTATE of a unique key violation, on H2 and PostgreSQL alike. */
    private static final String DUPLICATE = "23505";

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;

    SourceStore(NamedParameterJdbcTemplate jdbc, DatabaseKind database) {
        this.jdbc = jdbc;
        this.postgres = database.postgres();
    }

    public Optional<Long> idByKey(String key) {
        return jdbc.queryForList("select source_id from source_name where name_key = :key", new MapSqlParameterSource("key", key),
                Long.class).stream().findFirst();
    }

    /**
     * Locks the entry until the transaction ends: shared (annotations being linked to it, on PostgreSQL;
     * H2 has only one kind of row lock) or exclusive (a merge or a change). False when it does not exist
     * (any more).
     */
    public boolean lock(long id, boolean exclusive) {
        String mode = exclusive || !postgres ? " for update" : " for share";
        return !jdbc.queryForList("select id from source_entry where id = :id" + mode, new MapSqlParameterSource("id", id), Long.class)
                .isEmpty();
    }

    /** A new entry and its canonical name; null when the name is claimed already (by a name or an alias). */
    public @Nullable Long tryInsert(String name, SourceKind kind, @Nullable String country, @Nullable String description,
            @Nullable String wikidataId, Instant now) {
        String key = SourceNames.key(name);
        return jdbc.getJdbcTemplate().execute((ConnectionCallback<Long>) c -> underSavepoint(c, () -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("insert into source_entry (name, name_key, kind, country, description,"
                    + " wikidata_id, created_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)", new String[] {"id"})) {
                ps.setString(1, name);
                ps.setString(2, key);
                ps.setString(3, kind.name());
                ps.setString(4, country);
                ps.setString(5, description);
                ps.setString(6, wikidataId);
                ps.setTimestamp(7, Timestamp.from(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertName(c, key, id, name, false);
            return id;
        }));
    }

    /** Gives the entry one more name (an alias, or its canonical name); false when another entry or name holds that key. */
    public boolean tryAddName(long id, String name, boolean alias) {
        String key = SourceNames.key(name);
        Boolean done = jdbc.getJdbcTemplate().execute((ConnectionCallback<Boolean>) c -> underSavepoint(c, () -> {
            insertName(c, key, id, name, alias);
            return Boolean.TRUE;
        }));
        return done != null;
    }

    private static void insertName(Connection c, String key, long id, String name, boolean alias) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into source_name (name_key, source_id, name, alias) values (?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setLong(2, id);
            ps.setString(3, name);
            ps.setBoolean(4, alias);
            ps.executeUpdate();
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> @Nullable T underSavepoint(Connection c, Work<T> work) throws SQLException {
        Savepoint savepoint = c.setSavepoint();
        try {
            T result = work.run();
            c.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException e) {
            c.rollback(savepoint);
            if (DUPLICATE.equals(e.getSQLState())) {
                return null;
            }
            throw e;
        }
    }

    public Optional<SourceView> get(long id) {
        List<SourceView> found = jdbc.query("select id, name, kind, country, description, wikidata_id, created_at, version"
                + " from source_entry where id = :id", new MapSqlParameterSource("id", id), (rs, i) -> view(rs, aliases(id)));
        return found.stream().findFirst();
    }

    public List<String> aliases(long id) {
        return jdbc.queryForList("select name from source_name where source_id = :id and alias = true order by name_key",
                new MapSqlParameterSource("id", id), String.class);
    }

    private static SourceView view(ResultSet rs, List<String> aliases) throws SQLException {
        return new SourceView(rs.getLong("id"), rs.getString("name"), aliases, SourceKind.valueOf(rs.getString("kind")),
                rs.getString("country"), rs.getString("description"), rs.getString("wikidata_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
    }

    /** Writes the entry's fields if it is still at {@code version}; false when it is not (or gone). */
    public boolean update(long id, long version, String name, SourceKind kind, @Nullable String country, @Nullable String description,
            @Nullable String wikidataId) {
        return jdbc.update("update source_entry set name = :name, name_key = :key, kind = :kind, country = :country,"
                + " description = :description, wikidata_id = :wikidata, version = version + 1 where id = :id and version = :version",
                new MapSqlParameterSource("id", id).addValue("version", version).addValue("name", name)
                        .addValue("key", SourceNames.key(name)).addValue("kind", kind.name()).addValue("country", country)
                        .addValue("description", description).addValue("wikidata", wikidataId)) == 1;
    }

    /** Forgets one of the entry's names. */
    public void removeName(long id, String key) {
        jdbc.update("delete from source_name where source_id = :id and name_key = :key",
                new MapSqlParameterSource("id", id).addValue("key", key));
    }

    public void removeAliases(long id) {
        jdbc.update("delete from source_name where source_id = :id and alias = true", new MapSqlParameterSource("id", id));
    }

    /** Every name of {@code from} becomes an alias of {@code into}; then {@code from} is removed. */
    public void mergeNames(long from, long into) {
        MapSqlParameterSource p = new MapSqlParameterSource("from", from).addValue("into", into);
        jdbc.update("update source_name set source_id = :into, alias = true where source_id = :from", p);
        jdbc.update("update source_entry set country = coalesce(country, (select f.country from source_entry f where f.id = :from)),"
                + " description = coalesce(description, (select f.description from source_entry f where f.id = :from)),"
                + " wikidata_id = coalesce(wikidata_id, (select f.wikidata_id from source_entry f where f.id = :from)),"
                + " version = version + 1 where id = :into", p);
        jdbc.update("delete from source_entry where id = :from", p);
    }

    /**
     * A page of the list, filtered and sorted in the database. The claims are counted from the
     * annotation table (module annotation, below this one) for the entries of the page's candidates.
     */
    public List<SourceSummary> page(SourceFilter filter, SourceSort sort, int offset, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        String where = where(filter, p);
        String order = switch (sort) {
            case NAME -> "e.name_key asc, e.id asc";
            case CLAIMS -> "claims desc, contested desc, e.name_key asc, e.id asc";
            case CONTESTED -> "contested desc, claims desc, e.name_key asc, e.id asc";
        };
        return jdbc.query("select e.id, e.name, e.kind, e.country, coalesce(c.claims, 0) claims, coalesce(c.contested, 0) contested"
                + " from source_entry e left join (select a.source_id, count(*) claims,"
                + " sum(case when a.tag_key = 'contested' then 1 else 0 end) contested"
                + " from annotation a where a.tombstone = 0 and a.source_id is not null group by a.source_id) c on c.source_id = e.id"
                + " where " + where + " order by " + order + " limit :limit offset :offset", p,
                (rs, i) -> new SourceSummary(rs.getLong(1), rs.getString(2), SourceKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getLong(5), rs.getLong(6)));
    }

    public long count(SourceFilter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        Long n = jdbc.queryForObject("select count(*) from source_entry e where " + where(filter, p), p, Long.class);
        return n == null ? 0 : n;
    }

    private static String where(SourceFilter f, MapSqlParameterSource p) {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        if (f.query() != null && !f.query().isBlank()) {
            clauses.add("exists (select 1 from source_name n where n.source_id = e.id and n.name_key like :query escape '\\')");
            p.addValue("query", "%" + Inputs.likeEscaped(SourceNames.key(f.query())) + "%");
        }
        if (f.kind() != null) {
            clauses.add("e.kind = :kind");
            p.addValue("kind", f.kind().name());
        }
        if (f.country() != null && !f.country().isBlank()) {
            clauses.add("e.country = :country");
            p.addValue("country", f.country());
        }
        return String.join(" and ", clauses);
    }

    /** Canonical names of the entries with a name or alias containing the fragment; those starting with it first. */
    public List<String> suggest(String fragment, int limit) {
        String key = SourceNames.key(fragment);
        MapSqlParameterSource p = new MapSqlParameterSource("like", "%" + Inputs.likeEscaped(key) + "%")
                .addValue("prefix", Inputs.likeEscaped(key) + "%").addValue("limit", limit);
        return jdbc.queryForList("select e.name from source_entry e where e.id in (select n.source_id from source_name n"
                + " where n.name_key like :like escape '\\') order by case when exists (select 1 from source_name n2"
                + " where n2.source_id = e.id and n2.name_key like :prefix escape '\\') then 0 else 1 end, e.name_key limit :limit",
                p, String.class);
    }
}
