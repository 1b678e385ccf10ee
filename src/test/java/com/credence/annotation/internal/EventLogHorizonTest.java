package com.credence.annotation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.annotation.AnnotationChanged;
import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readers never pass an entry whose transaction may still commit, and never wait for ever on one that
 * rolled back. Two writers at once, the one with the lower id committing last (or not at all): the
 * horizon stays below the lower id until it commits, and passes it once it rolled back. On H2 that is
 * the instance's own bookkeeping; on PostgreSQL (the second pass) the walk over ids with
 * {@code pg_snapshot_xmin}, which is what lets several instances write without waiting for each other.
 */
@IntegrationTest
class EventLogHorizonTest {

    @Autowired
    EventLog log;
    @Autowired
    AnnotationService annotations;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    AnnotationView annotation;

    @BeforeEach
    void setUp() {
        String checker = accounts.create("horizon", Roles.FACT_CHECKER).username();
        accounts.signInAs(checker);
        ArticleDetail article = articleImport.importArticle(new ImportSource.Pasted("The harbour opened at dawn. " + UUID.randomUUID(),
                ImportFormat.TEXT), new ArticleMetadata("Horizon", null, null, null, null), false);
        annotation = annotations.create(article.id(), AnnotationDraft.tagging(0, 27, "reported"));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aLowerIdStillBeingWrittenHoldsTheHorizonBackUntilItCommits() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        AtomicLong slowId = new AtomicLong();
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            log.on(change());
            slowId.set(newestWritten());
            written.countDown();
            await(commit);
        }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        new TransactionTemplate(transactions).executeWithoutResult(s -> log.on(change()));
        long fastId = jdbc.queryForObject("select max(id) from annotation_event_log", Long.class);
        assertThat(fastId).isGreaterThan(slowId.get());

        assertThat(log.horizon()).as("the slower writer's entry may still commit").isLessThan(slowId.get());
        assertThat(log.after(slowId.get() - 1, null, 10)).isEmpty();

        commit.countDown();
        slow.get(10, TimeUnit.SECONDS);
        assertThat(log.horizon()).isGreaterThanOrEqualTo(fastId);
        assertThat(log.after(slowId.get() - 1, null, 10)).extracting(e -> e.id()).containsExactly(slowId.get(), fastId);
    }

    @Test
    void aLowerIdWhoseTransactionRolledBackIsPassedSoon() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        AtomicLong lostId = new AtomicLong();
        CompletableFuture<Void> rolledBack = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            log.on(change());
            lostId.set(newestWritten());
            written.countDown();
            await(end);
            s.setRollbackOnly();
        }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        new TransactionTemplate(transactions).executeWithoutResult(s -> log.on(change()));
        long fastId = jdbc.queryForObject("select max(id) from annotation_event_log", Long.class);
        assertThat(log.horizon()).isLessThan(lostId.get());

        end.countDown();
        rolledBack.get(10, TimeUnit.SECONDS);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (log.horizon() < fastId && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(log.horizon()).as("a gap nobody can fill any more is passed").isGreaterThanOrEqualTo(fastId);
        assertThat(log.after(lostId.get() - 1, null, 10)).extracting(e -> e.id()).containsExactly(fastId);
    }

    @Test
    void theHorizonCanBeReadWhileWritersFinishAtAnyMoment() throws Exception {
        // an entry's writer finishes (commits, rolls back) outside the lock readers take: a reader that looked
        // at the entries being written just as the last one finished must still get an answer, not an error
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<Throwable> failed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        var threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                try {
                    log.horizon();
                } catch (RuntimeException e) {
                    failed.add(e);
                }
            }
        }, threads);
        java.util.List<CompletableFuture<Void>> writers = new java.util.ArrayList<>();
        for (int w = 0; w < 3; w++) {
            writers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 200; i++) {
                    new TransactionTemplate(transactions).executeWithoutResult(s -> log.on(change()));
                }
            }, threads));
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        writing.set(false);
        reader.get(10, TimeUnit.SECONDS);
        threads.shutdown();
        assertThat(failed).as("the horizon read while the writers finished").isEmpty();
        assertThat(log.horizon()).isGreaterThanOrEqualTo(newestWritten());
    }

    private AnnotationChanged change() {
        return new AnnotationChanged(annotation.articleId(), annotation.id(), "horizon");
    }

    /** The id this transaction's entry got (its own insert is visible to itself). */
    private long newestWritten() {
        return jdbc.queryForObject("select max(id) from annotation_event_log where actor = 'horizon'", Long.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
