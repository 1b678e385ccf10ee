package com.credence.annotation.internal;

import com.credence.annotation.AnnotationChanged;
import com.credence.annotation.AnnotationCreated;
import com.credence.annotation.AnnotationDeleted;
import com.credence.annotation.AnnotationEvent;
import com.credence.annotation.AnnotationRestored;
import com.credence.annotation.StreamedEvent;
import com.credence.base.DatabaseKind;
import com.credence.base.Relay;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The ordered log of committed annotation changes behind the event streams. Each change is written in
 * its own transaction (so a change is never without its entry, nor an entry without its change), as
 * the transaction's last statement. Ids come from the database in the order the rows were written,
 * but transactions commit in another order: a reader must never pass an id whose transaction may
 * still commit. {@link #horizon()} is the highest id a reader may read up to.
 * <ul>
 * <li>H2 (one instance): entries still being written here are remembered ({@link #writing}); the
 * horizon is below the lowest of them, else the newest entry.</li>
 * <li>PostgreSQL (several instances, none knows what the others are writing): the horizon walks the
 * ids in order and stops at the first missing one. A missing id belongs to a transaction still under
 * way (it shows up when that commits: the horizon moves on) or to one that rolled back (it never
 * shows up). The second is known for certain once every transaction that was running when the gap was
 * seen has ended ({@code pg_snapshot_xmin} has passed the {@code pg_snapshot_xmax} noted then): the
 * gap is then skipped. Writers never wait for one another, and commits are not serialised.</li>
 * </ul>
 * Order: an entry is written after the change's row is written and locked, so two changes of one
 * annotation get their ids in the order they were made, on every instance. Each entry is announced on
 * the {@link Relay} (topic {@value #TOPIC}) when it commits, to every instance.
 */
@Component
public class EventLog {

    /** The relay topic on which new entries are announced. */
    public static final String TOPIC = "annotations";
    /** How many ids one step of the PostgreSQL horizon's walk reads. */
    private static final int WALK = 2000;

    /** Entries are kept this long at least; a client away longer starts again from now. */
    static final Duration KEPT = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entityManager;
    private final ConcurrentSkipListSet<Long> writing = new ConcurrentSkipListSet<>();
    private final Object order = new Object();
    private final AtomicLong writes = new AtomicLong();
    private final Relay relay;
    private final boolean postgres;
    private volatile Runnable written = () -> { };
    /** PostgreSQL: every id up to here is committed or will never be (-1: not known yet). */
    private long settled = -1;
    /** PostgreSQL: the newest id seen when a gap below it was first seen, and the snapshot's xmax then (-1: none). */
    private long gapSeenUpTo = -1;
    private long gapSeenXmax = -1;
    private volatile boolean unsettled;

    EventLog(JdbcTemplate jdbc, Clock clock, jakarta.persistence.EntityManager entityManager, Relay relay, DatabaseKind database) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.entityManager = entityManager;
        this.relay = relay;
        this.postgres = database.postgres();
    }

    /** The change an event stands for: created, changed, deleted, restored or status. */
    static String change(AnnotationEvent event) {
        return switch (event) {
            case AnnotationCreated e -> "created";
            case AnnotationChanged e -> "changed";
            case AnnotationDeleted e -> "deleted";
            case AnnotationRestored e -> "restored";
            default -> "status";
        };
    }

    /** Runs after each entry written here has committed and left the entries being written (this instance's feed). */
    void onWritten(Runnable listener) {
        this.written = listener;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AnnotationEvent event) {
        String type = "annotation." + change(event);
        entityManager.flush(); // the change's own version (read by the insert), not the one before it
        long id;
        if (postgres) {
            id = insert(event, type);
        } else {
            synchronized (order) { // the id and its being written are known together to readers (see horizon)
                id = insert(event, type);
                writing.add(id);
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (!postgres) {
                    writing.remove(id);
                }
                if (status == STATUS_COMMITTED) {
                    written.run(); // this instance's readers: the relay's message may come before the horizon moved
                }
            }
        });
        relay.publish(TOPIC);
        if (writes.incrementAndGet() % 500 == 0) {
            jdbc.update("delete from annotation_event_log where at < ?", Timestamp.from(clock.instant().minus(KEPT)));
        }
    }

    /** Writes the entry, with the annotation's version as this transaction sees it (0 should the row be gone), in one statement. */
    private long insert(AnnotationEvent event, String type) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into annotation_event_log (article_id, annotation_id, type, version, actor, at) "
                    + "values (?, ?, ?, coalesce((select a.version from annotation a where a.id = ?), 0), ?, ?)", new String[] {"id"});
            s.setLong(1, event.articleId());
            s.setLong(2, event.annotationId());
            s.setString(3, type);
            s.setLong(4, event.annotationId());
            s.setString(5, event.by());
            s.setTimestamp(6, Timestamp.from(clock.instant()));
            return s;
        }, key);
        return java.util.Objects.requireNonNull(key.getKey()).longValue();
    }

    /** The highest id a reader may read up to: no entry at or below it can still appear. */
    public long horizon() {
        if (postgres) {
            return walk();
        }
        synchronized (order) {
            // one look, not isEmpty() then first(): a writer finishes outside this lock, and the last one
            // finishing between the two made first() throw (the live feed then missed a read)
            Long lowestWriting = writing.ceiling(Long.MIN_VALUE);
            if (lowestWriting != null) {
                return lowestWriting - 1;
            }
            return maxId();
        }
    }

    /** Where a new stream starts when it asks for nothing older: nothing at or below it can still appear. */
    public long newest() {
        return horizon();
    }

    /** Whether the last horizon stopped at a gap that is not settled yet (readers should look again soon). */
    public boolean unsettled() {
        return unsettled;
    }

    private long maxId() {
        Long newest = jdbc.queryForObject("select max(id) from annotation_event_log", Long.class);
        return newest == null ? 0 : newest;
    }

    /** PostgreSQL: the horizon, walked from where it was; see the class comment. */
    private synchronized long walk() {
        if (settled < 0) { // first call: everything seen now is settled once the transactions running now have ended
            gapSeenUpTo = maxId();
            gapSeenXmax = snapshot("pg_snapshot_xmax");
            settled = 0;
            long waited = 0;
            while (snapshot("pg_snapshot_xmin") < gapSeenXmax && waited < 5_000) {
                pause(20);
                waited += 20;
            }
            settled = gapSeenUpTo;
            gapSeenUpTo = -1;
        }
        while (true) {
            List<Long> ids = jdbc.queryForList("select id from annotation_event_log where id > ? order by id limit " + WALK, Long.class,
                    settled);
            int i = 0;
            while (i < ids.size() && ids.get(i) == settled + 1) {
                settled = ids.get(i++);
            }
            if (i == ids.size()) {
                if (ids.size() == WALK) {
                    continue; // more to walk
                }
                unsettled = false;
                return settled;
            }
            // a gap at settled + 1, below ids.get(i)
            if (gapSeenUpTo > settled) {
                if (snapshot("pg_snapshot_xmin") >= gapSeenXmax) { // every writer that could fill it has ended
                    settled = gapSeenUpTo;
                    gapSeenUpTo = -1;
                    continue;
                }
                unsettled = true;
                return settled;
            }
            gapSeenUpTo = maxId();
            gapSeenXmax = snapshot("pg_snapshot_xmax");
            if (snapshot("pg_snapshot_xmin") >= gapSeenXmax) { // nobody was writing: the gap is a rolled-back one
                settled = gapSeenUpTo;
                gapSeenUpTo = -1;
                continue;
            }
            unsettled = true;
            return settled;
        }
    }

    private long snapshot(String function) {
        Long value = jdbc.queryForObject("select " + function + "(pg_current_snapshot())::text::bigint", Long.class);
        return value == null ? 0 : value;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Entries after {@code afterId} up to the horizon, oldest first, of one article or of all. */
    public List<StreamedEvent> after(long afterId, @Nullable Long articleId, int limit) {
        long horizon = horizon();
        String sql = "select l.id, l.type, l.annotation_id, l.article_id, l.version, l.actor, l.at, a.author from annotation_event_log l"
                + " left join annotation a on a.id = l.annotation_id where l.id > ? and l.id <= ?"
                + (articleId == null ? "" : " and l.article_id = ?") + " order by l.id limit " + limit;
        Object[] args = articleId == null ? new Object[] {afterId, horizon} : new Object[] {afterId, horizon, articleId};
        return jdbc.query(sql, (r, n) -> new StreamedEvent(r.getLong(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5),
                r.getString(6), r.getTimestamp(7).toInstant(), r.getString(8)), args);
    }
}
