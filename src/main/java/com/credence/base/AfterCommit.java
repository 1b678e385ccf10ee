package com.credence.base;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs in-memory work once the current transaction has committed (never if it rolls back), or at
 * once outside a transaction. For plain {@code @EventListener}s that only touch memory (counters,
 * open sessions): a {@code @TransactionalEventListener(AFTER_COMMIT)} would instead be tracked by
 * Spring Modulith's publication registry, which marks it in a transaction of its own while the
 * request still holds its connection; under load every request then waits for a second connection
 * from a pool they have all emptied (found by the load benchmark: 30 s stalls at 10 clients).
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /**
     * Runs once the current transaction has ended, committed or rolled back, or at once outside a
     * transaction: for dropping what was kept in memory while the transaction could still be seen from
     * inside it (a cache read by the transaction itself must not outlive a rollback).
     */
    public static void whenEnded(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    public static void run(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
