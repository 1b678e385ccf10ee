package com.credence.export;

import com.credence.annotation.AnnotationService;
import com.credence.article.ArticleService;
import com.credence.base.ConflictException;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.base.UserSignals;
import com.credence.export.internal.ExportFiles;
import com.credence.export.internal.ExportJob;
import com.credence.export.internal.ExportJobRepository;
import com.credence.export.internal.ExportJobRunner;
import com.credence.review.AssignmentService;
import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Batch export: the articles a filter finds, in the chosen formats, as one zip with a manifest,
 * written in the background. Jobs belong to whoever started them: only they see, download or cancel
 * them; they are listed until they expire. The articles are found when the job starts (so its total
 * is known at once and does not move), with the starter's rights.
 */
@Service
@PreAuthorize(Roles.EDITORIAL)
public class BatchExportService {

    private final ExportJobRepository jobs;
    private final ExportJobRunner runner;
    private final ExportFiles files;
    private final ExportService exports;
    private final ArticleService articles;
    private final AssignmentService assignments;
    private final AnnotationService annotations;
    private final CurrentUser currentUser;
    private final UserSignals signals;
    private final Clock clock;
    private final int maxArticles;
    private final int maxActive;
    private final ConcurrentHashMap<String, Object> starting = new ConcurrentHashMap<>();

    BatchExportService(ExportJobRepository jobs, ExportJobRunner runner, ExportFiles files, ExportService exports, ArticleService articles,
            AssignmentService assignments, AnnotationService annotations, CurrentUser currentUser, UserSignals signals, Clock clock,
            @Value("${credence.exports.max-articles:1000}") int maxArticles, @Value("${credence.exports.max-active:3}") int maxActive) {
        this.jobs = jobs;
        this.runner = runner;
        this.files = files;
        this.exports = exports;
        this.articles = articles;
        this.assignments = assignments;
        this.annotations = annotations;
        this.currentUser = currentUser;
        this.signals = signals;
        this.clock = clock;
        this.maxArticles = maxArticles;
        this.maxActive = maxActive;
    }

    /** How many days a finished export is kept. */
    public long keepDays() {
        return runner.keep().toDays();
    }

    /** The most articles one batch takes. */
    public int maxArticles() {
        return maxArticles;
    }

    /** The ids of the articles the filter finds now, in import order. */
    public List<Long> select(BatchFilter filter) {
        List<Long> ids = articles.select(filter.articles(), 200_000);
        Set<Long> keep = null;
        if (filter.assignee() != null) {
            keep = new java.util.HashSet<>(assignments.articlesOf(filter.assignee()));
        }
        if (filter.status() != null) {
            Set<Long> withStatus = annotations.articlesWith(filter.status());
            if (keep == null) {
                keep = new java.util.HashSet<>(withStatus);
            } else {
                keep.retainAll(withStatus);
            }
        }
        if (keep == null) {
            return ids;
        }
        List<Long> out = new ArrayList<>();
        for (Long id : ids) {
            if (keep.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * Starts a batch export and returns at once; the job runs in the background. Refused with a clear
     * message, and nothing started, for no or unknown formats, a filter that finds nothing or too much,
     * or when the user already has as many exports running as one may.
     */
    public ExportJobView start(BatchRequest request) {
        if (request.formats().isEmpty()) {
            throw new InvalidInputException("Choose at least one format.");
        }
        List<String> formats = new ArrayList<>(new LinkedHashSet<>(request.formats().stream().map(f -> exports.format(f).name()).toList()));
        List<Long> ids = select(request.filter());
        if (ids.isEmpty()) {
            throw new InvalidInputException("No articles match this filter (" + request.filter().describe() + ").");
        }
        if (ids.size() > maxArticles) {
            throw new InvalidInputException(String.format("%,d articles match; one export takes at most %,d. Narrow the filter.",
                    ids.size(), maxArticles));
        }
        String owner = currentUser.username();
        SecurityContext rights = SecurityContextHolder.createEmptyContext();
        rights.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        ExportJob job;
        // one start at a time per user, so two requests at once cannot both pass the limit
        synchronized (starting.computeIfAbsent(owner, u -> new Object())) {
            long active = jobs.countByOwnerAndStatusIn(owner, List.of(ExportJobStatus.QUEUED, ExportJobStatus.RUNNING));
            if (active >= maxActive) {
                throw new ConflictException("You have " + active + " exports under way; wait for one to finish or cancel one.");
            }
            Instant now = clock.instant();
            job = jobs.save(new ExportJob(UUID.randomUUID().toString(), owner, request.filter(), formats, request.scope(), ids, now,
                    now.plus(runner.keep())));
        }
        runner.submit(job.getId(), rights);
        signals.signal(owner);
        return job.view();
    }

    /** My exports, newest first, until they expire. */
    public List<ExportJobView> mine() {
        return jobs.findByOwnerAndExpiresAtAfterOrderByCreatedAtDesc(currentUser.username(), clock.instant()).stream()
                .map(ExportJob::view).toList();
    }

    /** One of my exports (someone else's, or an expired one, is not found). */
    public ExportJobView get(String id) {
        return mineOrNotFound(id).view();
    }

    /** Stops an export that is waiting or running; it stays listed as cancelled. */
    public ExportJobView cancel(String id) {
        ExportJob job = mineOrNotFound(id);
        if (jobs.cancel(job.getId(), clock.instant()) == 0) {
            throw new ConflictException("The export is already " + jobs.statusOf(job.getId()).label().toLowerCase() + ".");
        }
        signals.signal(job.getOwner());
        return get(id);
    }

    /** Removes a finished (or failed, or cancelled) export and its file before it expires. */
    public void delete(String id) {
        ExportJob job = mineOrNotFound(id);
        if (job.getStatus().active()) {
            throw new ConflictException("The export is still under way; cancel it first.");
        }
        files.delete(job.getId());
        jobs.deleteById(job.getId());
        signals.signal(job.getOwner());
    }

    /** The zip of a finished export, to stream to its owner. */
    public Download download(String id) {
        ExportJob job = mineOrNotFound(id);
        if (job.getStatus() != ExportJobStatus.DONE) {
            throw new ConflictException("The export is not ready: " + job.getStatus().label().toLowerCase() + ".");
        }
        Path zip = files.zip(job.getId());
        try {
            return new Download(job.fileName(), Files.size(zip), Files.newInputStream(zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip to send: its name, its size and its bytes (close the stream when sent). */
    public record Download(String fileName, long size, InputStream content) {
    }

    private ExportJob mineOrNotFound(String id) {
        return jobs.findById(id == null ? "" : id)
                .filter(j -> j.getOwner().equals(currentUser.username()) && j.getExpiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new NotFoundException("No export " + com.credence.base.Inputs.abbreviate(String.valueOf(id), 40)));
    }
}
