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
 * its own transaction (so a change is never without its entry, nor an entry without its change). Ids
 * come from the database in the order the rows were written, but transactions commit in another
 * order: a reader must never pass an id whose transaction may still commit. So entries still being
 * written are remembered ({@link #writing}), and readers read only up to the {@link #horizon()}: below
 * the lowest entry still being written, else up to the newest. On PostgreSQL, where several instances
 * write, the entry is written under a transaction-level advisory lock held until commit: ids are then
 * handed out in the order the transactions commit, on every instance, and the newest committed id is
 * a horizon for all. Each entry is announced on the {@link Relay} (topic {@value #TOPIC}) when it
 * commits, to every instance.
 */
@Component
public class EventLog {

    /** The relay topic on which new entries are announced. */
    public static final String TOPIC = "annotations";
    /** The advisory lock (PostgreSQL) that orders the entries' ids by commit. */
    private static final long ORDER_LOCK = 0x4372656465L;

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
        entityManager.flush(); // the change's own version, not the one before it
        Long version = jdbc.queryForObject("select version from annotation where id = ?", Long.class, event.annotationId());
        if (postgres) { // ids in commit order across instances: held until this transaction ends
            jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, ORDER_LOCK);
        }
        long id;
        synchronized (order) { // the id and its being written are known together to readers (see horizon)
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                var s = c.prepareStatement("insert into annotation_event_log (article_id, annotation_id, type, version, actor, at) "
                        + "values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
                s.setLong(1, event.articleId());
                s.setLong(2, event.annotationId());
                s.setString(3, type);
                s.setLong(4, version == null ? 0 : version);
                s.setString(5, event.by());
                s.setTimestamp(6, Timestamp.from(clock.instant()));
                return s;
            }, key);
            id = java.util.Objects.requireNonNull(key.getKey()).longValue();
            writing.add(id);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                writing.remove(id);
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

    /** The highest id a reader may read up to: no entry at or below it can still appear. */
    public long horizon() {
        synchronized (order) {
            Long lowestWriting = writing.isEmpty() ? null : writing.first();
            if (lowestWriting != null) {
                return lowestWriting - 1;
            }
            return newest();
        }
    }

    /** The newest entry's id now (where a new stream starts when it asks for nothing older). */
    public long newest() {
        Long newest = jdbc.queryForObject("select max(id) from annotation_event_log", Long.class);
        return newest == null ? 0 : newest;
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
