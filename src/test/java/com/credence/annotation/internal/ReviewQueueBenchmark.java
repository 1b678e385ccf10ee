package com.credence.annotation.internal;

import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.QueueFilter;
import com.credence.annotation.QueueSort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The editors' queue at scale: 1,000,000 annotations over 10,000 articles in H2 (the schema and
 * indexes from the Flyway migrations), then the queue's first page with filters and a sort, and the
 * counts per status, timed as the service runs them (medians and 90th percentiles of 30 runs after
 * 5 warm-ups). Run with:
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.main=com.credence.annotation.internal.ReviewQueueBenchmark</pre>
 *
 * Sizes can be changed with -Dbench.articles=N -Dbench.annotations=N.
 */
public final class ReviewQueueBenchmark {

    private static final String[] TAGS = {"reported", "attributed", "contested"};
    private static final int AUTHORS = 60;
    private static final int OUTLETS = 40;

    private ReviewQueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.getInteger("bench.articles", 10_000);
        int annotations = Integer.getInteger("bench.annotations", 1_000_000);
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:mem:queue-bench;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE", "sa", "", true);
        Map<String, String> placeholders = new java.util.HashMap<>(AnnotationSchema.placeholders());
        placeholders.put("tinyint", "tinyint");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").placeholders(placeholders).load().migrate();

        long t0 = System.nanoTime();
        fill(db.getConnection(), articles, annotations);
        System.out.printf("Filled %,d articles and %,d annotations in %.1f s%n", articles, annotations, (System.nanoTime() - t0) / 1e9);
        try (var s = db.getConnection().createStatement()) {
            // rows were inserted with SQL, not through the service: total them as migration V6 does
            s.execute("update annotation_status_tally c set n = case when c.shard = 0 then (select count(*) from annotation a"
                    + " where a.tombstone = 0 and a.status = c.status) else 0 end");
            s.execute("analyze");
        }

        AnnotationQueries queries = new AnnotationQueries(new NamedParameterJdbcTemplate(db));
        EnumSet<AnnotationStatus> waiting = EnumSet.of(AnnotationStatus.SUBMITTED);
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        QueueFilter all = QueueFilter.waiting();
        QueueFilter byTag = new QueueFilter(waiting, "contested", null, null, null, null, null, null);
        QueueFilter byAuthor = new QueueFilter(waiting, null, "author-7", null, null, null, null, null);
        QueueFilter byOutlet = new QueueFilter(waiting, null, null, null, "Outlet 3", null, null, null);
        QueueFilter byArticle = new QueueFilter(EnumSet.allOf(AnnotationStatus.class), null, null, 4_321L, null, null, null, null);
        QueueFilter lastMonthWithEvidence = new QueueFilter(waiting, "attributed", null, null, null, now.minus(Duration.ofDays(30)), now,
                true);

        System.out.println();
        System.out.println("query                                                     median    p90    rows");
        time("first page, waiting, longest waiting first", () -> queries.page(all, QueueSort.WAITING, 0, 50).size());
        time("first page, waiting, newest first", () -> queries.page(all, QueueSort.NEWEST, 0, 50).size());
        time("first page, waiting + tag, longest waiting first", () -> queries.page(byTag, QueueSort.WAITING, 0, 50).size());
        time("first page, waiting + author, by tag", () -> queries.page(byAuthor, QueueSort.TAG, 0, 50).size());
        time("first page, waiting + outlet, longest waiting first", () -> queries.page(byOutlet, QueueSort.WAITING, 0, 50).size());
        time("first page, one article (all statuses), by article", () -> queries.page(byArticle, QueueSort.ARTICLE, 0, 50).size());
        time("first page, tag + evidence + last 30 days", () -> queries.page(lastMonthWithEvidence, QueueSort.WAITING, 0, 50).size());
        time("page 200 (offset 10,000), waiting", () -> queries.page(all, QueueSort.WAITING, 10_000, 50).size());
        time("size, waiting", () -> (int) queries.count(all));
        time("size, waiting + tag", () -> (int) queries.count(byTag));
        time("counts per status, no filter", () -> (int) queries.countsByStatus(all).values().stream().mapToLong(Long::longValue).sum());
        time("counts per status, tag filter", () -> (int) queries.countsByStatus(byTag).values().stream().mapToLong(Long::longValue).sum());
        time("counts per status, author filter", () -> (int) queries.countsByStatus(byAuthor).values().stream().mapToLong(Long::longValue).sum());
        time("counts per status, one query per status (alternative)", () -> {
            long n = 0;
            for (AnnotationStatus st : AnnotationStatus.values()) {
                n += queries.count(new QueueFilter(EnumSet.of(st), null, null, null, null, null, null, null));
            }
            return (int) n;
        });
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(db);
        for (String sql : List.of(
                "select a.id, a.article_id from annotation a where a.tombstone = 0 and a.status = 'SUBMITTED'"
                        + " order by a.tombstone, a.status, a.submitted_at, a.id limit 50",
                "select a.id, a.article_id from annotation a where a.tombstone = 0 and a.status = 'SUBMITTED'"
                        + " and a.article_id in (select o.id from article o where o.outlet = 'Outlet 3')"
                        + " order by a.tombstone, a.status, a.submitted_at, a.id limit 50")) {
            System.out.println("EXPLAIN " + sql + "\n  " + String.join("\n  ", jdbc.queryForList("explain " + sql, String.class)));
        }
        time("counts per status, outlet filter", () -> (int) queries.countsByStatus(byOutlet).values().stream().mapToLong(Long::longValue).sum());
        db.destroy();
    }

    private static void time(String what, Supplier<Integer> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        List<Double> ms = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            rows = query.get();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        ms.sort(Double::compare);
        System.out.printf("%-55s %7.1f ms %5.1f ms %,8d%n", what, ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.9)), rows);
    }

    private static void fill(Connection c, int articles, int annotations) throws Exception {
        c.setAutoCommit(false);
        try (var t = c.createStatement()) {
            for (int i = 0; i < TAGS.length; i++) {
                t.execute("insert into tag (tag_key, name, colour, definition, position) values ('" + TAGS[i] + "', '" + TAGS[i]
                        + "', '#888888', '', " + i + ")");
            }
        }
        Random random = new Random(42);
        Instant base = Instant.parse("2025-11-01T00:00:00Z");
        String body = "The council said the bridge would stay shut. Engineers disagreed. Traders reportedly lost money.";
        try (PreparedStatement a = c.prepareStatement("insert into article (id, title, outlet, body, sha256, imported_by, imported_at, "
                + "sentences, version) values (?, ?, ?, ?, ?, 'bench', ?, '0:44,45:65,66:95', 0)")) {
            for (int i = 1; i <= articles; i++) {
                a.setLong(1, i);
                a.setString(2, "Article " + i);
                a.setString(3, "Outlet " + (i % OUTLETS));
                a.setString(4, body);
                a.setString(5, String.format("%064d", i));
                a.setTimestamp(6, Timestamp.from(base.plusSeconds(i * 60L)));
                a.addBatch();
                if (i % 1000 == 0) {
                    a.executeBatch();
                }
            }
            a.executeBatch();
        }
        c.commit();
        AnnotationStatus[] statuses = AnnotationStatus.values();
        try (PreparedStatement s = c.prepareStatement("insert into annotation (article_id, start_offset, end_offset, quote, prefix, suffix, "
                + "tag_key, source, evidence, status, author, created_at, updated_at, version, tombstone, submitted_at) "
                + "values (?, ?, ?, ?, '', '', ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)")) {
            for (int i = 0; i < annotations; i++) {
                int start = i / articles; // one span per article and position: never twice the same annotation
                AnnotationStatus status = pick(random, statuses);
                Instant created = base.plusSeconds(random.nextInt(365 * 24 * 3600));
                s.setLong(1, 1 + i % articles);
                s.setInt(2, start);
                s.setInt(3, start + 5);
                s.setString(4, "quote " + i);
                s.setString(5, TAGS[random.nextInt(TAGS.length)]);
                s.setString(6, random.nextInt(3) == 0 ? null : "Source " + random.nextInt(500));
                s.setString(7, random.nextInt(10) < 3 ? "https://example.org/" + i : "");
                s.setString(8, status.name());
                s.setString(9, "author-" + random.nextInt(AUTHORS));
                s.setTimestamp(10, Timestamp.from(created));
                s.setTimestamp(11, Timestamp.from(created.plusSeconds(600)));
                s.setTimestamp(12, status == AnnotationStatus.DRAFT ? null : Timestamp.from(created.plusSeconds(300)));
                s.addBatch();
                if (i % 5000 == 4999) {
                    s.executeBatch();
                    c.commit();
                }
            }
            s.executeBatch();
        }
        c.commit();
    }

    /** Most annotations are long since approved; a fifth wait for review; some are drafts or came back. */
    private static AnnotationStatus pick(Random random, AnnotationStatus[] statuses) {
        int r = random.nextInt(100);
        if (r < 55) {
            return AnnotationStatus.APPROVED;
        }
        if (r < 75) {
            return AnnotationStatus.SUBMITTED;
        }
        if (r < 85) {
            return AnnotationStatus.DRAFT;
        }
        if (r < 95) {
            return AnnotationStatus.CHANGES_REQUESTED;
        }
        return statuses[AnnotationStatus.REJECTED.ordinal()];
    }
}
