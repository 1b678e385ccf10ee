package com.credence.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The relay between instances on one PostgreSQL database: {@code NOTIFY} once the publishing
 * transaction has committed (never when it rolls back), sent by one thread on a connection of its own,
 * and {@code LISTEN} on another, read by one thread. Not {@code NOTIFY} inside the publishing
 * transaction: PostgreSQL then takes one global lock at every such commit, and the commits of all
 * writers queue one behind the other (the load benchmark: a tenth of the throughput). Topics published
 * while a notification is being sent are folded into the next one. When the listening
 * connection breaks, the thread connects again, listens again and wakes every listener (news may have
 * come in between; listeners read from the database what is new, so a spurious wake costs one read).
 */
class PostgresRelay implements Relay, AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PostgresRelay.class);
    /** How long one wait for notifications lasts: also how soon a new topic is listened to. */
    private static final int WAIT_MILLIS = 250;

    private final @Nullable String url;
    private final @Nullable String username;
    private final @Nullable String password;
    private final @Nullable DataSource dataSource;
    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private @Nullable Thread thread;
    private @Nullable Thread notifier;
    private final Set<String> toSend = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.Semaphore signal = new java.util.concurrent.Semaphore(0);

    /** Listens and notifies on two connections opened for the purpose (not the pool's). */
    PostgresRelay(String url, @Nullable String username, @Nullable String password) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.dataSource = null;
    }

    /** Listens and notifies on two connections taken from the data source for good. */
    PostgresRelay(DataSource dataSource) {
        this.url = null;
        this.username = null;
        this.password = null;
        this.dataSource = dataSource;
    }

    static String channel(String topic) {
        return "credence_" + topic.replaceAll("[^A-Za-z0-9_]", "_");
    }

    @Override
    public void publish(String topic) {
        AfterCommit.run(() -> {
            toSend.add(topic);
            signal.release();
        });
    }

    @Override
    public Runnable subscribe(String topic, Runnable listener) {
        return Relays.add(listeners, topic, listener);
    }

    void start() {
        Thread t = new Thread(this::listen, "relay-postgres");
        t.setDaemon(true);
        thread = t;
        t.start();
        Thread n = new Thread(this::send, "relay-postgres-notify");
        n.setDaemon(true);
        notifier = n;
        n.start();
    }

    private void send() {
        while (running) {
            try (Connection c = connect(); java.sql.PreparedStatement notify = c.prepareStatement("select pg_notify(?, '')")) {
                while (running) {
                    signal.acquire();
                    signal.drainPermits();
                    for (String topic : Set.copyOf(toSend)) {
                        toSend.remove(topic);
                        try {
                            notify.setString(1, channel(topic));
                            notify.execute();
                        } catch (SQLException e) {
                            toSend.add(topic); // sent again on the new connection
                            signal.release();
                            throw e;
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("The relay's PostgreSQL connection for notifying broke ({}); connecting again in a second", e.toString());
                    sleep();
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Connection c = dataSource != null ? dataSource.getConnection() : DriverManager.getConnection(url, username, password);
        c.setAutoCommit(true);
        return c;
    }

    private void listen() {
        while (running) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                PGConnection pg = c.unwrap(PGConnection.class);
                Set<String> listening = new HashSet<>();
                boolean first = true;
                while (running) {
                    for (String topic : listeners.keySet()) {
                        if (listening.add(topic)) {
                            s.execute("LISTEN " + channel(topic));
                        }
                    }
                    if (first) {
                        first = false;
                        listeners.keySet().forEach(this::wake); // (re)connected: whatever came meanwhile is read now
                    }
                    PGNotification[] got = pg.getNotifications(WAIT_MILLIS);
                    if (got != null && got.length > 0) {
                        Set<String> woken = new HashSet<>();
                        for (PGNotification n : got) {
                            woken.add(n.getName());
                        }
                        for (String topic : listeners.keySet()) {
                            if (woken.contains(channel(topic))) {
                                wake(topic);
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("The relay's PostgreSQL connection broke ({}); connecting again in a second", e.toString());
                    sleep();
                }
            }
        }
    }

    private void wake(String topic) {
        Set<Runnable> set = listeners.get(topic);
        if (set != null) {
            set.forEach(Relays::runQuietly);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        for (Thread t : new Thread[] {thread, notifier}) {
            if (t != null) {
                t.interrupt();
            }
        }
    }
}
