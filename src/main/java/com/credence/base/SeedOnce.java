package com.credence.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a database once, however many instances start on it at the same moment. The seed runs in
 * one transaction with the insert of its name into the {@code seed} table, whose primary key lets
 * exactly one instance in: the others fail on the key (or wait for the first one's commit and then
 * fail on it) and skip. Never "count, then insert", which two instances can both pass.
 */
public final class SeedOnce {

    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SeedOnce(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Runs {@code seed} unless a seed of this name already ran here; true when this call seeded. */
    public boolean run(String name, Consumer<JdbcTemplate> seed) {
        for (int attempt = 1; ; attempt++) {
            if (seeded(name)) {
                return false;
            }
            try {
                tx.executeWithoutResult(status -> {
                    jdbc.update("insert into seed (name, seeded_at) values (?, ?)", name, Timestamp.from(clock.instant()));
                    seed.accept(jdbc);
                });
                return true;
            } catch (DataIntegrityViolationException e) {
                if (seeded(name)) {
                    return false; // another instance was first
                }
                throw e; // the seed itself broke a constraint
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                // another instance holds the key and has not committed yet: look again
            }
        }
    }

    private boolean seeded(String name) {
        Integer count = jdbc.queryForObject("select count(*) from seed where name = ?", Integer.class, name);
        return count != null && count > 0;
    }
}
