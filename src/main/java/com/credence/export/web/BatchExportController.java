package com.credence.export.web;

import com.credence.annotation.AnnotationStatus;
import com.credence.article.ArticleProgress;
import com.credence.base.InvalidInputException;
import com.credence.export.BatchExportService;
import com.credence.export.BatchFilter;
import com.credence.export.BatchRequest;
import com.credence.export.ExportJobView;
import com.credence.export.ExportScope;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Batch exports over HTTP: POST /api/exports starts one (202, Location of the job), GET
 * /api/exports/{job} tells how far it is and, when done, where the zip is; GET /api/exports lists
 * mine; DELETE cancels a running one or removes a finished one.
 */
@RestController
class BatchExportController {

    private final BatchExportService batch;

    BatchExportController(BatchExportService batch) {
        this.batch = batch;
    }

    /** What a client sends: every filter part optional; dates as 2026-01-31; progress and status by name. */
    record StartBody(@Nullable String outlet, @Nullable String publishedFrom, @Nullable String publishedTo, @Nullable String progress,
            @Nullable String assignee, @Nullable String status, @Nullable List<String> formats, @Nullable String scope) {
    }

    record FilterJson(@Nullable String outlet, @Nullable LocalDate publishedFrom, @Nullable LocalDate publishedTo,
            @Nullable String progress, @Nullable String assignee, @Nullable String status, String inWords) {
    }

    record JobJson(String id, String status, int total, int done, int percent, List<String> formats, String scope, FilterJson filter,
            Instant createdAt, @Nullable Instant finishedAt, Instant expiresAt, @Nullable String message, @Nullable Long size,
            @Nullable String fileName, String self, @Nullable String download) {
    }

    static JobJson json(ExportJobView j) {
        BatchFilter f = j.filter();
        boolean done = j.status() == com.credence.export.ExportJobStatus.DONE;
        return new JobJson(j.id(), j.status().name(), j.total(), j.done(), (int) Math.floor(j.fraction() * 100), j.formats(),
                j.scope().name().toLowerCase(Locale.ROOT),
                new FilterJson(f.outlet(), f.publishedFrom(), f.publishedTo(), f.progress() == null ? null : f.progress().name(),
                        f.assignee(), f.status() == null ? null : f.status().name(), f.describe()),
                j.createdAt(), j.finishedAt(), j.expiresAt(), j.message(), j.size(), done ? j.fileName() : null, "/api/exports/" + j.id(),
                done ? "/api/exports/" + j.id() + "/download" : null);
    }

    @PostMapping("/api/exports")
    ResponseEntity<JobJson> start(@RequestBody StartBody body) {
        BatchFilter filter = new BatchFilter(body.outlet(), date(body.publishedFrom(), "publishedFrom"), date(body.publishedTo(), "publishedTo"),
                named(ArticleProgress.class, body.progress(), "progress"), body.assignee(),
                named(AnnotationStatus.class, body.status(), "status"));
        ExportScope scope = body.scope() == null ? ExportScope.APPROVED : named(ExportScope.class, body.scope(), "scope");
        ExportJobView job = batch.start(new BatchRequest(filter, body.formats() == null ? List.of() : body.formats(), scope));
        return ResponseEntity.accepted().location(URI.create("/api/exports/" + job.id())).body(json(job));
    }

    @GetMapping("/api/exports")
    List<JobJson> mine() {
        return batch.mine().stream().map(BatchExportController::json).toList();
    }

    @GetMapping("/api/exports/{job:[0-9a-fA-F-]{36}}")
    JobJson get(@PathVariable String job) {
        return json(batch.get(job));
    }

    @DeleteMapping("/api/exports/{job:[0-9a-fA-F-]{36}}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancelOrRemove(@PathVariable String job) {
        if (batch.get(job).status().active()) {
            batch.cancel(job);
        } else {
            batch.delete(job);
        }
    }

    @GetMapping("/api/exports/{job:[0-9a-fA-F-]{36}}/download")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String job) {
        BatchExportService.Download zip = batch.download(job);
        StreamingResponseBody body = out -> {
            try (InputStream in = zip.content()) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/zip")
                .header(HttpHeaders.CONTENT_LENGTH, String.valueOf(zip.size()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(zip.fileName()).build().toString())
                .body(body);
    }

    private static @Nullable LocalDate date(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + " is a date like 2026-01-31.");
        }
    }

    private static <E extends Enum<E>> @Nullable E named(Class<E> type, @Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field + " is one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining(", ")) + ".");
        }
    }
}
