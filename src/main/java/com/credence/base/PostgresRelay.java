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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The relay between instances on one PostgreSQL database: {@code NOTIFY} in the publishing
 * transaction (PostgreSQL delivers it at commit, to every session listening, and never when the
 * transaction rolls back), {@code LISTEN} on a connection of its own, read by one thread. When that
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
    private final JdbcTemplate jdbc;
    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private @Nullable Thread thread;

    /** Listens on a connection opened for the purpose (not one of the pool's). */
    PostgresRelay(String url, @Nullable String username, @Nullable String password, JdbcTemplate jdbc) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.dataSource = null;
        this.jdbc = jdbc;
    }

    /** Listens on a connection taken from the data source for good. */
    PostgresRelay(DataSource dataSource) {
        this.url = null;
        this.username = null;
        this.password = null;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    static String channel(String topic) {
        return "credence_" + topic.replaceAll("[^A-Za-z0-9_]", "_");
    }

    @Override
    public void publish(String topic) {
        // in the caller's transaction when there is one (the same connection): delivered at its commit
        jdbc.query("select pg_notify(?, '')", rs -> null, channel(topic));
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
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
