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
@RequestMapping(path = "/api/articles/{articleId}/annotations", produces = MediaType.APPLICATION_JSON_VALUE)
class AnnotationController {

    private final AnnotationService annotations;

    AnnotationController(AnnotationService annotations) {
        this.annotations = annotations;
    }

    record AnnotationRequest(@Nullable Integer start, @Nullable Integer end, @Nullable String tag, @Nullable String source,
            @Nullable String cue, @Nullable String note, @Nullable List<String> evidence, @Nullable Long conflictsWith) {

        AnnotationDraft draft() {
            if (start == null || end == null || tag == null || tag.isBlank()) {
                throw new InvalidInputException("\"start\", \"end\" and \"tag\" are required.");
            }
            return new AnnotationDraft(start, end, tag, source, cue, note, evidence == null ? List.of() : evidence, conflictsWith);
        }
    }

    @GetMapping
    List<AnnotationView> list(@PathVariable long articleId) {
        return annotations.forArticle(articleId);
    }

    /** 201 with the new annotation; 200 with the caller's existing one when it has the same span and tag. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AnnotationView> create(@PathVariable long articleId, @RequestBody AnnotationRequest body) {
        AnnotationService.Creation creation = annotations.createOrFind(articleId, body.draft());
        AnnotationView a = creation.annotation();
        URI location = URI.create("/api/articles/" + articleId + "/annotations/" + a.id());
        ResponseEntity.BodyBuilder response = creation.created() ? ResponseEntity.created(location)
                : ResponseEntity.ok().location(location);
        return response.eTag(etag(a)).body(a);
    }

    @GetMapping("/{id}")
    ResponseEntity<AnnotationView> get(@PathVariable long articleId, @PathVariable long id) {
        AnnotationView a = onArticle(articleId, id);
        return ResponseEntity.ok().eTag(etag(a)).body(a);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AnnotationView> update(@PathVariable long articleId, @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody AnnotationRequest body) {
        long version = version(ifMatch);
        onArticle(articleId, id);
        AnnotationView a = annotations.update(id, version, body.draft());
        return ResponseEntity.ok().eTag(etag(a)).body(a);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long articleId, @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        long version = version(ifMatch);
        onArticle(articleId, id);
        annotations.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    /** Undoes a delete: the same annotation comes back. 404 if it never existed, 409 if it is not deleted. */
    @PostMapping("/{id}/restore")
    ResponseEntity<AnnotationView> restore(@PathVariable long articleId, @PathVariable long id) {
        AnnotationView a = annotations.restore(articleId, id);
        return ResponseEntity.ok().eTag(etag(a)).body(a);
    }

    /** Submits one of my annotations for review. */
    @PostMapping("/{id}/submit")
    ResponseEntity<AnnotationView> submit(@PathVariable long articleId, @PathVariable long id) {
        AnnotationView a = annotations.submit(articleId, id);
        return ResponseEntity.ok().eTag(etag(a)).body(a);
    }

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
