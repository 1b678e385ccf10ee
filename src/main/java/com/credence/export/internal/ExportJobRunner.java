package com.credence.export.internal;

import com.credence.base.Inputs;
import com.credence.base.NotFoundException;
import com.credence.base.UserSignals;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import com.credence.export.ExportJobStatus;
import com.credence.export.ExportService;
import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes batch exports in the background: one zip per job with a folder per format and a manifest
 * (what was asked, what each file is, its size and SHA-256, and what was skipped). Jobs run on two
 * threads of their own with a bounded queue, as the user who asked (their rights, through the
 * services), and record their progress after each article; a cancel is seen before the next one.
 * Jobs that a restart interrupted are marked failed when Credence starts; expired ones are removed
 * with their files every hour.
 */
@Component
public class ExportJobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExportJobRunner.class);
    private static final long SIGNAL_EVERY_MS = 300;

    private final ExportJobRepository jobs;
    private final ExportService exports;
    private final ExportFiles files;
    private final UserSignals signals;
    private final Clock clock;
    private final Duration keep;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService sweeper;

    ExportJobRunner(ExportJobRepository jobs, ExportService exports, ExportFiles files, UserSignals signals, Clock clock,
            @Value("${credence.exports.keep:P7D}") Duration keep) {
        this.jobs = jobs;
        this.exports = exports;
        this.files = files;
        this.signals = signals;
        this.clock = clock;
        this.keep = keep;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(100), r -> {
            Thread t = new Thread(r, "export-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "export-sweeper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sweep(clock.instant());
            } catch (RuntimeException e) {
                LOG.warn("Sweeping expired exports failed", e);
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    /** The workers' pool (tests occupy it to hold jobs in the queue). */
    ThreadPoolExecutor workers() {
        return workers;
    }

    /** How long a finished export is kept. */
    public Duration keep() {
        return keep;
    }

    /** Queues the job, to run with these rights; a full queue fails it with a clear message. */
    public void submit(String jobId, SecurityContext rights) {
        try {
            workers.execute(new DelegatingSecurityContextRunnable(() -> run(jobId), rights));
        } catch (RejectedExecutionException e) {
            jobs.fail(jobId, "Too many exports are waiting; start this one again in a few minutes.", clock.instant());
        }
    }

    void run(String jobId) {
        if (jobs.move(jobId, ExportJobStatus.QUEUED, ExportJobStatus.RUNNING) == 0) {
            return; // cancelled while it waited
        }
        ExportJob job = jobs.findById(jobId).orElseThrow();
        String owner = job.getOwner();
        signals.signal(owner);
        Path part = files.part(jobId);
        try {
            List<ExportFormat> formats = job.formats().stream().map(exports::format).toList();
            List<ManifestArticle> written = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            int done = 0;
            long signalled = clock.millis();
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(part), 1 << 16))) {
                for (long articleId : job.articles()) {
                    if (jobs.statusOf(jobId) != ExportJobStatus.RUNNING) {
                        break; // cancelled: stop before the next article
                    }
                    try {
                        ExportDocument doc = exports.document(articleId, job.getScope());
                        List<ManifestFile> entries = new ArrayList<>();
                        for (ExportFormat f : formats) {
                            String path = f.name() + "/" + ExportService.fileName(doc.article(), f);
                            zip.putNextEntry(new ZipEntry(path));
                            Measured out = new Measured(zip);
                            f.write(doc, out);
                            out.flush();
                            zip.closeEntry();
                            entries.add(new ManifestFile(f.name(), path, f.mediaType(), out.bytes, out.sha256()));
                        }
                        written.add(new ManifestArticle(articleId, doc.article().title(), doc.article().outlet(),
                                doc.article().publishedAt(), doc.annotations().size(), entries));
                    } catch (NotFoundException e) {
                        skipped.add(new Skipped(articleId, "Deleted since the export started."));
                    }
                    done++;
                    jobs.progress(jobId, done);
                    if (clock.millis() - signalled > SIGNAL_EVERY_MS) {
                        signals.signal(owner);
                        signalled = clock.millis();
                    }
                }
                Instant finished = clock.instant();
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(json.writeValueAsBytes(new Manifest("Credence batch export", jobId, owner, job.getCreatedAt(), finished,
                        job.filter().describe(), job.filter(), job.formats(), job.getScope().name().toLowerCase(java.util.Locale.ROOT),
                        written.size(), written, skipped)));
                zip.closeEntry();
            }
            if (jobs.statusOf(jobId) != ExportJobStatus.RUNNING) {
                files.delete(jobId);
                return;
            }
            Path zipFile = files.zip(jobId);
            Files.move(part, zipFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Instant at = clock.instant();
            String message = skipped.isEmpty() ? null : skipped.size() + " article(s) skipped: deleted since the export started.";
            if (jobs.finish(jobId, ExportJobStatus.DONE, done, message, Files.size(zipFile), at, at.plus(keep)) == 0) {
                files.delete(jobId); // cancelled at the last moment
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Export {} failed", jobId, e);
            files.delete(jobId);
            jobs.fail(jobId, "The export failed: " + Inputs.abbreviate(String.valueOf(e.getMessage()), 200), clock.instant());
        } finally {
            signals.signal(owner);
        }
    }

    /** Jobs that were waiting or running when Credence stopped cannot go on: they are marked failed, their parts removed. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        for (ExportJob job : jobs.findByStatusIn(List.of(ExportJobStatus.QUEUED, ExportJobStatus.RUNNING))) {
            files.delete(job.getId());
            jobs.fail(job.getId(), "Stopped when Credence restarted; start the export again.", clock.instant());
        }
    }

    /** Removes the exports that expired before this instant, with their files. */
    void sweep(Instant now) {
        for (ExportJob job : jobs.findByExpiresAtBefore(now)) {
            if (!job.getStatus().active()) {
                files.delete(job.getId());
                jobs.deleteById(job.getId());
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        sweeper.shutdownNow();
    }

    record Manifest(String generator, String job, String exportedBy, Instant requestedAt, Instant finishedAt, String filterInWords,
            Object filter, List<String> formats, String scope, int articleCount, List<ManifestArticle> articles, List<Skipped> skipped) {
    }

    record ManifestArticle(long id, String title, @Nullable String outlet, @Nullable LocalDate publishedAt, int annotations,
            List<ManifestFile> files) {
    }

    record ManifestFile(String format, String path, String mediaType, long bytes, String sha256) {
    }

    record Skipped(long id, String reason) {
    }

    /** Passes bytes on to the zip entry, counting and hashing them; closing it leaves the zip open. */
    private static final class Measured extends FilterOutputStream {
        private final MessageDigest digest;
        long bytes;

        Measured(OutputStream out) {
            super(out);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
