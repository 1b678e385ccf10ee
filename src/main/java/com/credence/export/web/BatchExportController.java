package com.credence.export.web;

import com.credence.annotation.AnnotationStatus;
import com.credence.article.ArticleProgress;
import com.credence.base.InvalidInputException;
import com.credence.export.BatchExportService;
import com.credence.export.BatchFilter;
import com.credence.export.BatchRequest;
import com.credence.export.ExportJobView;
import com.credence.export.ExportScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
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
@Tag(name = "Exports", description = "An article in any format; batch exports of many as a zip")
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

    @Operation(summary = "Start a batch export", description = """
            Editors: exports the articles the filter finds (outlet, publishedFrom and publishedTo as dates, progress, assignee, \
            status: every part optional) in the given formats (names from /api/exports/formats) and scope (approved annotations, the \
            default, or all) into one zip, in the background. 202 with the job and its Location; poll it until DONE, then download. \
            400 (nothing started) for no or unknown formats, a bad date or name, or a filter that finds nothing or too much; 409 \
            with three exports of the caller's under way.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "one outlet, one month", value = ExportExamples.START))))
    @ApiResponse(responseCode = "202", description = "started",
            headers = {@Header(name = "Location", schema = @Schema(type = "string", example = "/api/exports/89a51c1f-84ac-4ee9-b1a2-817607e8962d"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = JobJson.class),
                    examples = @ExampleObject(name = "queued", value = ExportExamples.QUEUED)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "409", description = "three exports of the caller's are under way", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Problem"),
            examples = @ExampleObject(name = "too many", value = ExportExamples.TOO_MANY)))
    @PostMapping("/api/exports")
    ResponseEntity<JobJson> start(@RequestBody StartBody body) {
        BatchFilter filter = new BatchFilter(body.outlet(), date(body.publishedFrom(), "publishedFrom"), date(body.publishedTo(), "publishedTo"),
                named(ArticleProgress.class, body.progress(), "progress"), body.assignee(),
                named(AnnotationStatus.class, body.status(), "status"));
        ExportScope scope = body.scope() == null ? ExportScope.APPROVED : named(ExportScope.class, body.scope(), "scope");
        ExportJobView job = batch.start(new BatchRequest(filter, body.formats() == null ? List.of() : body.formats(), scope));
        return ResponseEntity.accepted().location(URI.create("/api/exports/" + job.id())).body(json(job));
    }

    @Operation(summary = "My batch exports", description = """
            Editors: the caller's batch exports, newest first, until they expire.""")
    @ApiResponse(responseCode = "200", description = "my exports", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = JobJson.class)),
            examples = @ExampleObject(name = "one done", value = ExportExamples.LIST)))
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GetMapping("/api/exports")
    List<JobJson> mine() {
        return batch.mine().stream().map(BatchExportController::json).toList();
    }

    @Operation(summary = "A batch export's progress", description = """
            Editors: the job: its status (QUEUED, RUNNING, DONE, FAILED, CANCELLED), how many articles of how many are done, \
            the filter, a message if it failed, when it expires and, when done, its size, file name and download address. Someone \
            else's job is 404.""")
    @ApiResponse(responseCode = "200", description = "the job", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = JobJson.class),
            examples = @ExampleObject(name = "done", value = ExportExamples.DONE)))
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping("/api/exports/{job:[0-9a-fA-F-]{36}}")
    JobJson get(@PathVariable String job) {
        return json(batch.get(job));
    }

    @Operation(summary = "Cancel or remove a batch export", description = """
            Editors: cancels a job that is queued or running, or removes a finished one and its zip.""")
    @ApiResponse(responseCode = "204", description = "cancelled or removed; no body")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @DeleteMapping("/api/exports/{job:[0-9a-fA-F-]{36}}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancelOrRemove(@PathVariable String job) {
        if (batch.get(job).status().active()) {
            batch.cancel(job);
        } else {
            batch.delete(job);
        }
    }

    @Operation(summary = "Download a batch export", description = """
            Editors: the finished export's zip: one folder per format with one file per article, and manifest.json (the filter, \
            the articles, every file's size and SHA-256, and the articles skipped). 404 for someone else's job, 409 while it is not done.""")
    @ApiResponse(responseCode = "200", description = "the zip", headers = @Header(name = "Content-Disposition", schema = @Schema(type = "string",
            example = "attachment; filename=\"credence-export-20260331-1640-89a51c1f.zip\"")), content = @Content(mediaType = "application/zip",
            schema = @Schema(type = "string", format = "binary"), examples = @ExampleObject(name = "what the zip holds",
                    description = "The zip's entries as unzip -l lists them (the body itself is the binary zip).", value = """
                            jsonld/harbour-council-approves-ferry-fare-freeze-7.jsonld
                            csv/harbour-council-approves-ferry-fare-freeze-7.csv
                            manifest.json""")))
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
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
