package com.credence.annotation.internal;

import com.credence.annotation.ForeignAnnotation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The annotations other tools posted that Credence keeps as they came (table foreign_annotation). */
@Component
public class ForeignAnnotationStore {

    private static final String COLUMNS = "id, article_id, body, posted_by, created_at, modified_at, version";

    private final JdbcTemplate jdbc;

    ForeignAnnotationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ForeignAnnotation> onArticle(long articleId) {
        return jdbc.query("select " + COLUMNS + " from foreign_annotation where article_id = ? order by id",
                ForeignAnnotationStore::row, articleId);
    }

    public Optional<ForeignAnnotation> find(long articleId, long id) {
        return jdbc.query("select " + COLUMNS + " from foreign_annotation where article_id = ? and id = ?",
                ForeignAnnotationStore::row, articleId, id).stream().findFirst();
    }

    public long insert(long articleId, String json, String postedBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into foreign_annotation (article_id, body, posted_by, created_at, modified_at, version) "
                    + "values (?, ?, ?, ?, ?, 0)", new String[] {"id"});
            s.setLong(1, articleId);
            s.setString(2, json);
            s.setString(3, postedBy);
            s.setTimestamp(4, Timestamp.from(now));
            s.setTimestamp(5, Timestamp.from(now));
            return s;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Replaces the JSON if the version is still the one given; false when someone changed it first. */
    public boolean replace(long id, long expectedVersion, String json, Instant now) {
        return jdbc.update("update foreign_annotation set body = ?, modified_at = ?, version = version + 1 where id = ? and version = ?",
                json, Timestamp.from(now), id, expectedVersion) == 1;
    }

    public boolean delete(long id, long expectedVersion) {
        return jdbc.update("delete from foreign_annotation where id = ? and version = ?", id, expectedVersion) == 1;
    }

    private static ForeignAnnotation row(ResultSet rs, int n) throws SQLException {
        return new ForeignAnnotation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6).toInstant(), rs.getLong(7));
    }
}
