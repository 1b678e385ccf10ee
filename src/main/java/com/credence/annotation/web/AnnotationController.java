package com.credence.annotation.web;

import com.credence.annotation.AnnotationDraft;
import com.credence.annotation.AnnotationRevision;
import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.StaleAnnotationException;
import com.credence.base.IfMatch;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.base.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An article's annotations over HTTP. Changing or deleting needs If-Match with the ETag last read:
 * 428 without it, 412 when someone else changed the annotation meanwhile ({@link IfMatch}).
 */
@RestController
@Tag(name = "Annotations", description = "An article's annotations: a span of its text, a tag, and what the fact-checker found")
@RequestMapping(path = "/api/articles/{articleId}/annotations", produces = MediaType.APPLICATION_JSON_VALUE)
class AnnotationController {

    private final AnnotationService annotations;

    AnnotationController(AnnotationService annotations) {
        this.annotations = annotations;
    }

    record AnnotationRequest(@Nullable Integer start, @Nullable Integer end, @Nullable String tag, @Nullable String source,
            @Nullable String cue, @Nullable String note, @Nullable List<String> evidence, @Nullable Long conflictsWith,
            @Nullable Long sourceId) {

        AnnotationDraft draft() {
            if (start == null || end == null || tag == null || tag.isBlank()) {
                throw new InvalidInputException("\"start\", \"end\" and \"tag\" are required.");
            }
            return new AnnotationDraft(start, end, tag, source, cue, note, evidence == null ? List.of() : evidence, conflictsWith,
                    sourceId);
        }
    }

    @Operation(summary = "List an article's annotations", description = """
            The article's live annotations (not the deleted ones), in text order.""")
    @ApiResponse(responseCode = "200", description = "the annotations", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = AnnotationView.class)),
            examples = @ExampleObject(name = "two drafts", value = AnnotationExamples.LIST)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping
    List<AnnotationView> list(@PathVariable long articleId) {
        return annotations.forArticle(articleId);
    }

    /** 201 with the new annotation; 200 with the caller's existing one when it has the same span and tag. */
    @Operation(summary = "Annotate a span of an article", description = """
            Creates a draft annotation of the characters [start, end) of the article's text with a tag (its key) and, \
            optionally, the source (its name; or `sourceId`, a source ledger entry, which wins over the name: an unknown id is 400; \
            a name is linked to the entry whose name or alias matches it, or to a new one), the cue words, a note, evidence links and the id of an annotation it conflicts with. 201 with \
            Location and ETag; 200 with the caller's existing annotation when they already have a live one with that span and tag.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "an attributed quote", value = AnnotationExamples.REQUEST))))
    @ApiResponse(responseCode = "201", description = "created",
            headers = {@Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string", example = "\"0\"")),
                    @Header(name = "Location", schema = @Schema(type = "string", example = "/api/articles/7/annotations/12"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AnnotationView.class),
                    examples = @ExampleObject(name = "the new draft", value = AnnotationExamples.DRAFT)))
    @ApiResponse(responseCode = "200", description = "the caller's existing annotation with that span and tag",
            headers = {@Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string", example = "\"0\"")),
                    @Header(name = "Location", schema = @Schema(type = "string", example = "/api/articles/7/annotations/12"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AnnotationView.class),
                    examples = @ExampleObject(name = "the existing one", value = AnnotationExamples.DRAFT)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AnnotationView> create(@PathVariable long articleId, @RequestBody AnnotationRequest body) {
        AnnotationService.Creation creation = annotations.createOrFind(articleId, body.draft());
        AnnotationView a = creation.annotation();
        URI location = URI.create("/api/articles/" + articleId + "/annotations/" + a.id());
        ResponseEntity.BodyBuilder response = creation.created() ? ResponseEntity.created(location)
                : ResponseEntity.ok().location(location);
        return response.eTag(etag(a)).body(a);
    }

    @Operation(summary = "Read an annotation", description = """
            The annotation, with its version as ETag (which changing or deleting it needs as If-Match).""")
    @ApiResponse(responseCode = "200", description = "the annotation",
            headers = {@Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string", example = "\"0\""))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AnnotationView.class),
                    examples = @ExampleObject(name = "a draft", value = AnnotationExamples.DRAFT)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping("/{id}")
    ResponseEntity<AnnotationView> get(@PathVariable long articleId, @PathVariable long id) {
        AnnotationView a = onArticle(articleId, id);
        return ResponseEntity.ok().eTag(etag(a)).body(a);
    }

    @Operation(summary = "Change an annotation", description = """
            Replaces the annotation's span, tag and content (the same fields as creating one). Needs If-Match with the \
            ETag last read: 428 without it, 412 (with the current annotation) when someone changed it meanwhile. Someone else's \
            annotation only editors may change (403).""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "a longer note", value = AnnotationExamples.CHANGE_REQUEST))))
    @ApiResponse(responseCode = "200", description = "the changed annotation",
            headers = {@Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string", example = "\"1\""))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AnnotationView.class),
                    examples = @ExampleObject(name = "changed", value = AnnotationExamples.CHANGED)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @ApiResponse(responseCode = "412", description = "changed meanwhile (or a weak ETag): nothing was stored; the problem carries the current annotation",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "stale", value = AnnotationExamples.STALE)))
    @ApiResponse(responseCode = "428", ref = "#/components/responses/PreconditionRequired")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AnnotationView> update(@PathVariable long articleId, @PathVariable long id,
            @Parameter(description = "the ETag last read, exactly as sent (a strong one)", schema = @Schema(type = "string", example = "\"0\""))
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody AnnotationRequest body) {
        long version = version(ifMatch);
        onArticle(articleId, id);
        AnnotationView a = annotations.update(id, version, body.draft());
        return ResponseEntity.ok().eTag(etag(a)).body(a);
    }

    @Operation(summary = "Delete an annotation", description = """
            Deletes the annotation (POST .../restore brings it back). Needs If-Match with the ETag last read: 428 without it, \
            412 when someone changed it meanwhile. Someone else's annotation only editors may delete (403).""")
    @ApiResponse(responseCode = "204", description = "deleted; no body")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "412", ref = "#/components/responses/PreconditionFailed")
    @ApiResponse(responseCode = "428", ref = "#/components/responses/PreconditionRequired")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long articleId, @PathVariable long id,
            @Parameter(description = "the ETag last read, exactly as sent (a strong one)", schema = @Schema(type = "string", example = "\"0\""))
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        long version = version(ifMatch);
        onArticle(articleId, id);
        annotations.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    /** Undoes a delete: the same annotation comes back. 404 if it never existed, 409 if it is not deleted. */
    @Operation(summary = "Restore a deleted annotation", description = """
            Undoes a delete: the same annotation (id, author, creation time, links) comes back. 404 if it never existed on \
            that article, 409 if it is not deleted (or its author made the same one again since).""")
    @ApiResponse(responseCode = "200", description = "the restored annotation",
            headers = {@Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string", example = "\"1\""))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AnnotationView.class),
                    examples = @ExampleObject(name = "restored", value = AnnotationExamples.CHANGED)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PostMapping("/{id}/restore")
    ResponseEntity<AnnotationView> restore(@PathVariable long articleId, @PathVariable long id) {
        AnnotationView a = annotations.restore(articleId, id);
        return ResponseEntity.ok().eTag(etag(a)).body(a);
    }

    /** Submits one of my annotations for review. */
    @Operation(summary = "Submit an annotation for review", description = """
            Submits one of the caller's own annotations (a draft, or one returned with changes requested) to the editors' \
            queue: its status becomes SUBMITTED. Only its author may (403), and only from those statuses (409).""")
    @ApiResponse(responseCode = "200", description = "the submitted annotation",
            headers = {@Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string", example = "\"2\""))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AnnotationView.class),
                    examples = @ExampleObject(name = "submitted", value = AnnotationExamples.SUBMITTED)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PostMapping("/{id}/submit")
    ResponseEntity<AnnotationView> submit(@PathVariable long articleId, @PathVariable long id) {
        AnnotationView a = annotations.submit(articleId, id);
        return ResponseEntity.ok().eTag(etag(a)).body(a);
    }

    @Operation(summary = "An annotation's history", description = """
            Every change, oldest first: revision, time, user, what happened (created, changed, deleted, restored, submitted, \
            approved, ...), the statuses it went from and to, and the annotation as it was then.""")
    @ApiResponse(responseCode = "200", description = "the revisions", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = AnnotationRevision.class)),
            examples = @ExampleObject(name = "created, then submitted", value = AnnotationExamples.HISTORY)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping("/{id}/history")
    List<AnnotationRevision> history(@PathVariable long articleId, @PathVariable long id) {
        List<AnnotationRevision> history = annotations.history(id);
        if (history.stream().map(AnnotationRevision::state).filter(s -> s != null).anyMatch(s -> s.articleId() != articleId)) {
            throw new NotFoundException("No annotation " + id + " on article " + articleId);
        }
        return history;
    }

    @ExceptionHandler(StaleAnnotationException.class)
    ProblemDetail stale(StaleAnnotationException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile", e.getMessage());
        if (e.current() != null) {
            problem.setProperty("current", e.current());
        }
        return problem;
    }

    private AnnotationView onArticle(long articleId, long id) {
        AnnotationView a = annotations.get(id);
        if (a.articleId() != articleId) {
            throw new NotFoundException("No annotation " + id + " on article " + articleId);
        }
        return a;
    }

    static String etag(AnnotationView a) {
        return IfMatch.etag(a.version());
    }

    private static long version(@Nullable String ifMatch) {
        return IfMatch.version(ifMatch);
    }
}
