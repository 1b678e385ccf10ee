package com.credence.base;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the {@link Relay}: {@code credence.relay} = auto (by the database), local or postgres. */
@Configuration(proxyBeanMethods = false)
class Relays {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Relays.class);

    @Bean(destroyMethod = "close")
    Relay relay(@Value("${credence.relay:auto}") String kind, DatabaseKind database, DataSource dataSource) {
        String chosen = kind.equals("auto") ? (database.postgres() ? "postgres" : "local") : kind;
        return switch (chosen) {
            case "local" -> new LocalRelay();
            case "postgres" -> {
                if (!database.postgres()) {
                    throw new IllegalStateException("credence.relay=postgres needs PostgreSQL as the database, not " + database.product());
                }
                HikariDataSource hikari = dataSource instanceof HikariDataSource h ? h : null;
                PostgresRelay relay = hikari != null
                        ? new PostgresRelay(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword())
                        : new PostgresRelay(dataSource);
                relay.start();
                LOG.info("Instances share their news through PostgreSQL LISTEN/NOTIFY");
                yield relay;
            }
            default -> throw new IllegalStateException("credence.relay must be auto, local or postgres, not " + kind);
        };
    }

    static Runnable add(Map<String, Set<Runnable>> listeners, String topic, Runnable listener) {
        listeners.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(topic, (t, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    static void runQuietly(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            LOG.warn("A relay listener failed", e);
        }
    }
}
