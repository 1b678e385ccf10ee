package com.credence.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.base.ConflictException;
import com.credence.base.NotFoundException;
import com.credence.export.BatchExportService;
import com.credence.export.BatchFilter;
import com.credence.export.BatchRequest;
import com.credence.export.ExportJobStatus;
import com.credence.export.ExportJobView;
import com.credence.export.ExportScope;
import com.credence.security.Roles;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * A batch export's life: cancelled before it ran, it never runs; finished, it cannot be cancelled;
 * expired, it is gone with its file; interrupted by a restart, it is marked failed; a user racing
 * several starts at once gets no more jobs under way than allowed.
 */
@IntegrationTest
class ExportJobLifecycleTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ArticleImport articleImport;
    @Autowired
    BatchExportService batch;
    @Autowired
    ExportJobRepository jobs;
    @Autowired
    ExportJobRunner runner;
    @Autowired
    ExportFiles files;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    String outletWithOneArticle() {
        String outlet = "Lifecycle " + UUID.randomUUID();
        ArticleDetail a = articleImport.importArticle(new ImportSource.Pasted("A short article. " + UUID.randomUUID(), ImportFormat.TEXT),
                new ArticleMetadata("Short", outlet, null, null, null), false);
        assertThat(a.id()).isPositive();
        return outlet;
    }

    ExportJobView awaitFinished(String id) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        ExportJobView job = batch.get(id);
        while (job.status().active() && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            job = batch.get(id);
        }
        return job;
    }

    @Test
    void aCancelledJobNeverRunsAndAFinishedOneCannotBeCancelled() throws Exception {
        String editor = accounts.create("life-editor", Roles.EDITOR).username();
        accounts.signInAs(editor);
        String outlet = outletWithOneArticle();
        // a job that waits (saved, not yet handed to a worker), cancelled, then given to the worker
        ExportJob waiting = jobs.save(new ExportJob(UUID.randomUUID().toString(), editor, BatchFilter.everything(), List.of("csv"),
                ExportScope.ALL, List.of(1L), Instant.now(), Instant.now().plus(Duration.ofDays(1))));
        assertThat(batch.cancel(waiting.getId()).status()).isEqualTo(ExportJobStatus.CANCELLED);
        runner.run(waiting.getId());
        assertThat(batch.get(waiting.getId()).status()).isEqualTo(ExportJobStatus.CANCELLED);
        assertThat(files.zip(waiting.getId())).doesNotExist();

        ExportJobView done = awaitFinished(batch.start(new BatchRequest(new BatchFilter(outlet, null, null, null, null, null),
                List.of("md"), ExportScope.ALL)).id());
        assertThat(done.status()).isEqualTo(ExportJobStatus.DONE);
        assertThat(done.size()).isPositive();
        assertThat(files.zip(done.id())).exists();
        assertThatThrownBy(() -> batch.cancel(done.id())).isInstanceOf(ConflictException.class).hasMessageContaining("already ready");
    }

    @Test
    void expiredExportsGoWithTheirFilesAndInterruptedOnesAreMarkedFailed() throws Exception {
        String editor = accounts.create("life-sweep", Roles.EDITOR).username();
        accounts.signInAs(editor);
        String outlet = outletWithOneArticle();
        ExportJobView done = awaitFinished(batch.start(new BatchRequest(new BatchFilter(outlet, null, null, null, null, null),
                List.of("jsonl"), ExportScope.ALL)).id());
        assertThat(files.zip(done.id())).exists();
        runner.sweep(done.expiresAt().minusSeconds(1));
        assertThat(batch.get(done.id()).status()).isEqualTo(ExportJobStatus.DONE); // not yet
        runner.sweep(done.expiresAt().plusSeconds(1));
        assertThatThrownBy(() -> batch.get(done.id())).isInstanceOf(NotFoundException.class);
        assertThat(files.zip(done.id())).doesNotExist();
        assertThat(jobs.findById(done.id())).isEmpty();

        ExportJob interrupted = jobs.save(new ExportJob(UUID.randomUUID().toString(), editor, BatchFilter.everything(), List.of("csv"),
                ExportScope.ALL, List.of(1L), Instant.now(), Instant.now().plus(Duration.ofDays(1))));
        jobs.move(interrupted.getId(), ExportJobStatus.QUEUED, ExportJobStatus.RUNNING);
        Files.writeString(files.part(interrupted.getId()), "half a zip");
        runner.failInterrupted();
        ExportJobView failed = batch.get(interrupted.getId());
        assertThat(failed.status()).isEqualTo(ExportJobStatus.FAILED);
        assertThat(failed.message()).contains("restarted");
        assertThat(files.part(interrupted.getId())).doesNotExist();
    }

    @Test
    void startsRacingAtOnceNeverPassTheLimitOfJobsUnderWay() throws Exception {
        String editor = accounts.create("life-race", Roles.EDITOR).username();
        accounts.signInAs(editor);
        String outlet = outletWithOneArticle();
        // two jobs that wait (saved, never handed to a worker) fill the user's allowance...
        for (int i = 0; i < 2; i++) {
            jobs.save(new ExportJob(UUID.randomUUID().toString(), editor, BatchFilter.everything(), List.of("csv"), ExportScope.ALL,
                    List.of(1L), Instant.now(), Instant.now().plus(Duration.ofDays(1))));
        }
        // ...and both workers are busy, so what starts now stays under way...
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            runner.workers().execute(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        busy.await();
        // ...so of eight starts at once, exactly one finds room
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<Boolean> start = () -> {
                try {
                    batch.start(new BatchRequest(new BatchFilter(outlet, null, null, null, null, null), List.of("csv"), ExportScope.ALL));
                    return true;
                } catch (ConflictException e) {
                    return false;
                }
            };
            List<Callable<Boolean>> starts = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) { // one wrapper each: a delegating callable keeps state while it runs
                starts.add(new org.springframework.security.concurrent.DelegatingSecurityContextCallable<>(start, context));
            }
            List<Future<Boolean>> results = pool.invokeAll(starts);
            long started = 0;
            for (Future<Boolean> r : results) {
                started += r.get() ? 1 : 0;
            }
            assertThat(started).isEqualTo(1);
        } finally {
            pool.shutdownNow();
            release.countDown();
        }

        // a fact-checker cannot start one at all: the service says so, not only the route
        accounts.signInAs(accounts.create("life-checker", Roles.FACT_CHECKER).username());
        assertThatThrownBy(() -> batch.start(new BatchRequest(BatchFilter.everything(), List.of("csv"), ExportScope.ALL)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
