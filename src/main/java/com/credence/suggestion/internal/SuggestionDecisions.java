package com.credence.suggestion.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What people decided about suggestions: dismissals and acceptances, by (article, span, tag). */
@Repository
public class SuggestionDecisions {

    /** A suggestion's identity on its article. */
    public record Key(int start, int end, String tag) {
    }

    /** An acceptance: the annotation it became (null only inside the accepting transaction). */
    public record Accepted(Key key, Long annotationId) {
    }

    private final JdbcClient jdbc;

    SuggestionDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<Key> dismissed(long articleId) {
        List<Key> keys = jdbc.sql("select span_start, span_end, tag from suggestion_dismissal where article_id = ?")
                .param(articleId).query((rs, i) -> new Key(rs.getInt(1), rs.getInt(2), rs.getString(3))).list();
        return new HashSet<>(keys);
    }

    public boolean isDismissed(long articleId, Key key) {
        return jdbc.sql("select count(*) from suggestion_dismissal where article_id = ? and span_start = ? and span_end = ? and tag = ?")
                .params(articleId, key.start(), key.end(), key.tag()).query(Long.class).single() > 0;
    }

    /** Inserts the dismissal; a duplicate (the same dismissal at the same moment) fails on the primary key. */
    public void dismiss(long articleId, Key key, String by, Instant at) {
        jdbc.sql("insert into suggestion_dismissal (article_id, span_start, span_end, tag, dismissed_by, dismissed_at) values (?, ?, ?, ?, ?, ?)")
                .params(articleId, key.start(), key.end(), key.tag(), by, Timestamp.from(at)).update();
    }

    public Optional<Long> acceptedAs(long articleId, Key key) {
        return jdbc.sql("select annotation_id from suggestion_acceptance where article_id = ? and span_start = ? and span_end = ? and tag = ?")
                .params(articleId, key.start(), key.end(), key.tag()).query((rs, i) -> rs.getLong(1)).optional();
    }

    /** Claims the acceptance; a second claim of the same key fails on the primary key (after the first commits). */
    public void claim(long articleId, Key key, String by, Instant at) {
        jdbc.sql("insert into suggestion_acceptance (article_id, span_start, span_end, tag, accepted_by, accepted_at) values (?, ?, ?, ?, ?, ?)")
                .params(articleId, key.start(), key.end(), key.tag(), by, Timestamp.from(at)).update();
    }

    public void acceptedAs(long articleId, Key key, long annotationId) {
        jdbc.sql("update suggestion_acceptance set annotation_id = ? where article_id = ? and span_start = ? and span_end = ? and tag = ?")
                .params(annotationId, articleId, key.start(), key.end(), key.tag()).update();
    }

    /** Forgets an acceptance whose annotation was deleted since, so the suggestion can be accepted again. */
    public void forget(long articleId, Key key) {
        jdbc.sql("delete from suggestion_acceptance where article_id = ? and span_start = ? and span_end = ? and tag = ?")
                .params(articleId, key.start(), key.end(), key.tag()).update();
    }
}
