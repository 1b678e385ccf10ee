package com.credence.annotation.internal;

import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.QueueFilter;
import com.credence.annotation.QueueSort;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The editors' queue as SQL: filters, sorting and paging in the database (the indexes of V6), so a
 * page costs the same with a thousand annotations or a million. Reads the article's title and outlet
 * by joining the article table; returns ids in order, which the service turns into records.
 */
@Component
public class AnnotationQueries {

    /** One row of a page: the annotation's id and its article's title and outlet. */
    public record Row(long id, String title, @Nullable String outlet) {
    }

    private static final Map<QueueSort, String> ORDER = Map.of(
            QueueSort.WAITING, "a.submitted_at asc, a.id asc",
            QueueSort.NEWEST, "a.submitted_at desc, a.id desc",
            QueueSort.AUTHOR, "a.author asc, a.submitted_at asc, a.id asc",
            QueueSort.TAG, "a.tag_key asc, a.submitted_at asc, a.id asc",
            QueueSort.ARTICLE, "r.title asc, a.start_offset asc, a.id asc",
            QueueSort.OUTLET, "r.outlet asc, a.submitted_at asc, a.id asc",
            QueueSort.UPDATED, "a.updated_at desc, a.id desc");

    private final NamedParameterJdbcTemplate jdbc;

    AnnotationQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> page(QueueFilter filter, QueueSort sort, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params, true);
        params.addValue("limit", limit).addValue("offset", offset);
        boolean byArticle = sort == QueueSort.ARTICLE || sort == QueueSort.OUTLET;
        // Sorted by the annotation's own columns, the page comes straight off an index; the article's
        // title and outlet are read for those rows only.
        List<long[]> ids = jdbc.query("select a.id, a.article_id from annotation a" + (byArticle ? " join article r on r.id = a.article_id" : "")
                + " where " + where + " order by " + order(filter, sort) + " limit :limit offset :offset", params,
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> articles = new HashMap<>();
        jdbc.query("select id, title, outlet from article where id in (:ids)",
                new MapSqlParameterSource("ids", ids.stream().map(x -> x[1]).distinct().toList()),
                rs -> {
                    articles.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        return ids.stream().map(x -> {
            String[] article = articles.getOrDefault(x[1], new String[] {"", null});
            return new Row(x[0], article[0], article[1]);
        }).toList();
    }

    /**
     * The sort, led by the columns the filter holds equal, in the order of the index that serves it:
     * the same order, but one the database reads straight off that index instead of sorting every
     * waiting annotation (see ReviewQueueBenchmark).
     */
    private static String order(QueueFilter f, QueueSort sort) {
        boolean oneStatus = f.statuses().size() == 1;
        boolean byTime = sort == QueueSort.WAITING || sort == QueueSort.NEWEST;
        String dir = sort == QueueSort.NEWEST ? " desc" : " asc";
        if (oneStatus && byTime && f.author() == null && f.articleId() == null) {
            String prefix = f.tag() != null ? "a.tag_key" + dir + ", " : "";
            return prefix + "a.tombstone" + dir + ", a.status" + dir + ", a.submitted_at" + dir + ", a.id" + dir;
        }
        if (oneStatus && sort == QueueSort.UPDATED && f.author() != null && f.articleId() == null && f.tag() == null) {
            return "a.author desc, a.tombstone desc, a.status desc, a.updated_at desc, a.id desc";
        }
        return ORDER.get(sort);
    }

    /** Rows per status in the totals' table: writers spread over them instead of queueing on one. */
    static final int SHARDS = 16;

    /** How many annotations are live in each status, as kept by {@link #statusChanged} (a few rows, not a count of all). */
    public Map<AnnotationStatus, Long> totals() {
        Map<AnnotationStatus, Long> counts = zeroes();
        jdbc.query("select status, sum(n) from annotation_status_tally group by status", rs -> {
            counts.put(AnnotationStatus.valueOf(rs.getString(1)), rs.getLong(2));
        });
        return counts;
    }

    /**
     * Keeps the totals: one live annotation left {@code from} (null: it was created or restored) and
     * entered {@code to} (null: it was deleted). One statement, so two moves in opposite directions
     * lock the rows in the same order and never deadlock; in the rows of the shard of the calling
     * thread, so a transaction (one thread) keeps to one shard and concurrent writers mostly to others.
     * Call in the transaction of the change.
     */
    public void statusChanged(@Nullable AnnotationStatus from, @Nullable AnnotationStatus to) {
        if (from == to) {
            return;
        }
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("from", from == null ? "" : from.name())
                .addValue("to", to == null ? "" : to.name()).addValue("shard", (int) (Thread.currentThread().threadId() % SHARDS));
        jdbc.update("update annotation_status_tally set n = n + case when status = :to then 1 else -1 end"
                + " where shard = :shard and status in (:from, :to)", p);
    }

    public long count(QueueFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params, true);
        Long n = jdbc.queryForObject("select count(*) from annotation a where " + where, params, Long.class);
        return n == null ? 0 : n;
    }

    /** How many annotations the filter finds in each status (the filter's own statuses aside). */
    public Map<AnnotationStatus, Long> countsByStatus(QueueFilter filter) {
        if (filter.tag() == null && filter.author() == null && filter.articleId() == null && filter.outlet() == null
                && filter.from() == null && filter.to() == null && filter.withEvidence() == null) {
            return totals();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params, false);
        Map<AnnotationStatus, Long> counts = zeroes();
        jdbc.query("select a.status, count(*) from annotation a where " + where + " group by a.status", params,
                rs -> {
                    counts.put(AnnotationStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }


    // ---------- a source's claims (the source ledger's pages) ----------

    /** A page of the live annotations attributed to a ledger entry, newest first, with their articles. */
    public List<Row> bySource(long sourceId, int offset, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("source", sourceId).addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("select a.id, r.title, r.outlet from annotation a join article r on r.id = a.article_id"
                + " where a.source_id = :source and a.tombstone = 0 order by a.created_at desc, a.id desc limit :limit offset :offset", p,
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** The live annotations attributed to a ledger entry, counted per tag and status: [tag, status, n]. */
    public List<Object[]> tallyBySource(long sourceId) {
        return jdbc.query("select a.tag_key, a.status, count(*) from annotation a where a.source_id = :source and a.tombstone = 0"
                + " group by a.tag_key, a.status", new MapSqlParameterSource("source", sourceId),
                (rs, i) -> new Object[] {rs.getString(1), AnnotationStatus.valueOf(rs.getString(2)), rs.getLong(3)});
    }

    /** The same per month of creation (in UTC): [year, month, status, n], oldest first. */
    public List<Object[]> monthsBySource(long sourceId) {
        return jdbc.query("select extract(year from a.created_at) y, extract(month from a.created_at) m, a.status, count(*)"
                + " from annotation a where a.source_id = :source and a.tombstone = 0"
                + " group by extract(year from a.created_at), extract(month from a.created_at), a.status order by y, m",
                new MapSqlParameterSource("source", sourceId),
                (rs, i) -> new Object[] {rs.getInt(1), rs.getInt(2), AnnotationStatus.valueOf(rs.getString(3)), rs.getLong(4)});
    }

    /** Every annotation (deleted ones too) linked to this ledger entry: their ids. */
    public List<Long> idsWithSource(long sourceId) {
        return jdbc.queryForList("select id from annotation where source_id = :source order by id",
                new MapSqlParameterSource("source", sourceId), Long.class);
    }

    /** Every status, counted 0: what a count fills in. */
    private static Map<AnnotationStatus, Long> zeroes() {
        Map<AnnotationStatus, Long> counts = new EnumMap<>(AnnotationStatus.class);
        for (AnnotationStatus s : AnnotationStatus.values()) {
            counts.put(s, 0L);
        }
        return counts;
    }

    private String where(QueueFilter f, MapSqlParameterSource params, boolean withStatuses) {
        List<String> clauses = new ArrayList<>();
        clauses.add("a.tombstone = 0");
        if (withStatuses && f.statuses().size() == 1) {
            clauses.add("a.status = :status"); // an equality lets the database walk the queue index in order
            params.addValue("status", f.statuses().iterator().next().name());
        } else if (withStatuses && !f.statuses().isEmpty()) {
            clauses.add("a.status in (:statuses)");
            params.addValue("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        if (f.tag() != null) {
            clauses.add("a.tag_key = :tag");
            params.addValue("tag", f.tag());
        }
        if (f.author() != null) {
            clauses.add("a.author = :author");
            params.addValue("author", f.author());
        }
        if (f.articleId() != null) {
            clauses.add("a.article_id = :articleId");
            params.addValue("articleId", f.articleId());
        }
        if (f.outlet() != null) {
            // the outlet's articles first (an index lookup), then a plain list: the database can still
            // walk the queue index in order and test each row against the list
            List<Long> articleIds = jdbc.queryForList("select id from article where outlet = :outlet",
                    new MapSqlParameterSource("outlet", f.outlet()), Long.class);
            if (articleIds.isEmpty()) {
                clauses.add("1 = 0");
            } else {
                clauses.add("a.article_id in (:outletArticles)");
                params.addValue("outletArticles", articleIds);
            }
        }
        if (f.from() != null) {
            clauses.add("a.submitted_at >= :from");
            params.addValue("from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            clauses.add("a.submitted_at < :to");
            params.addValue("to", Timestamp.from(f.to()));
        }
        if (f.withEvidence() != null) {
            clauses.add(f.withEvidence() ? "a.evidence <> ''" : "a.evidence = ''");
        }
        return String.join(" and ", clauses);
    }
}
