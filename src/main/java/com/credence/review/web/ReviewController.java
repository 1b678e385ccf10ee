package com.credence.review.web;

import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationStatus;
import com.credence.annotation.AnnotationView;
import com.credence.annotation.QueueFilter;
import com.credence.annotation.QueueItem;
import com.credence.annotation.QueueSort;
import com.credence.annotation.ReviewMove;
import com.credence.base.InvalidInputException;
import com.credence.review.ReviewReason;
import com.credence.review.ReviewService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ETag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Review over HTTP: decisions, the editors' queue, the reasons, and the caller's own work. */
@RestController
@Tag(name = "Review", description = "Editors' decisions and queue; the caller's own work")
class ReviewController {

    static final int MAX_PAGE_SIZE = 200;

    private final ReviewService review;
    private final AnnotationService annotations;

    ReviewController(ReviewService review, AnnotationService annotations) {
        this.review = review;
        this.annotations = annotations;
    }

    record DecisionRequest(@Nullable String decision, @Nullable String reason, @Nullable String comment, @Nullable Long version,
            @Nullable String verdict) {
    }

    record QueuePage(List<QueueItem> content, int page, int size, long totalElements, Map<AnnotationStatus, Long> counts) {
    }

    record MyWork(List<QueueItem> drafts, List<QueueItem> waiting, List<QueueItem> returned, Map<AnnotationStatus, Long> counts) {
    }

    /** {"decision": APPROVE | REJECT | REQUEST_CHANGES | REOPEN, "reason"?, "comment"?, "version"?, "verdict"?} → the annotation. */
    @Operation(summary = "Decide on an annotation", description = """
            Editors: APPROVE, REJECT, REQUEST_CHANGES (both with a reason from /api/review/reasons) or REOPEN a submitted \
            annotation, with an optional comment and, only with APPROVE, a verdict. "version" (optional) is the version the \
            decision was made on: 412 if the annotation changed since. 400 without a reason where one is needed, 403 for one's \
            own work or without the role, 409 when the annotation's status does not allow the decision.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = {@ExampleObject(name = "approve", value = ReviewExamples.DECISION),
                            @ExampleObject(name = "request changes", value = ReviewExamples.RETURN)})))
    @ApiResponse(responseCode = "200", description = "the annotation with its new status and review",
            headers = {@Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string", example = "\"3\""))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AnnotationView.class),
                    examples = @ExampleObject(name = "approved", value = ReviewExamples.APPROVED)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @ApiResponse(responseCode = "412", ref = "#/components/responses/PreconditionFailed")
    @PostMapping(path = "/api/articles/{articleId}/annotations/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AnnotationView> decide(@PathVariable long articleId, @PathVariable long id, @RequestBody DecisionRequest body) {
        AnnotationView a = review.decide(articleId, id, body.version(), decision(body.decision()), body.reason(), body.comment(),
                body.verdict());
        return ResponseEntity.ok().eTag(ETag.create(String.valueOf(a.version())).formattedTag()).body(a);
    }

    @Operation(summary = "The review queue", description = """
            Editors: annotations by status (default SUBMITTED; several comma-separated), filtered by tag, author, article, \
            outlet, submission time (from, to: a date or an instant) and whether they have evidence, sorted by waiting (longest \
            first), newest, author, tag, article, outlet or updated; a page at a time (size 1 to 200), with the counts per status \
            under the same filter.""")
    @ApiResponse(responseCode = "200", description = "a page of the queue", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = QueuePage.class),
            examples = @ExampleObject(name = "one waiting", value = ReviewExamples.QUEUE)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GetMapping(path = "/api/review/queue", produces = MediaType.APPLICATION_JSON_VALUE)
    QueuePage queue(@RequestParam(required = false) @Nullable List<String> status, @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String author, @RequestParam(required = false) @Nullable Long articleId,
            @RequestParam(required = false) @Nullable String outlet, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable Boolean evidence,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "waiting") String sort) {
        if (page < 0 || page > com.credence.base.Inputs.MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("page must be 0 to " + com.credence.base.Inputs.MAX_PAGE + " and size between 1 and "
                    + MAX_PAGE_SIZE + ".");
        }
        QueueFilter filter = new QueueFilter(statuses(status), blankToNull(tag), blankToNull(author), articleId, blankToNull(outlet),
                instant(from, "from"), instant(to, "to"), evidence);
        QueueSort order = enumValue(QueueSort.class, sort, "sort");
        return new QueuePage(annotations.queue(filter, order, page * size, size), page, size, annotations.queueSize(filter),
                annotations.queueCounts(filter));
    }

    @Operation(summary = "The review reasons", description = """
            The reasons an editor can give for rejecting an annotation or requesting changes (code and label).""")
    @ApiResponse(responseCode = "200", description = "the reasons", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = ReviewReason.class)),
            examples = @ExampleObject(name = "the default reasons", value = ReviewExamples.REASONS)))
    @GetMapping(path = "/api/review/reasons", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ReviewReason> reasons() {
        return review.activeReasons();
    }

    @Operation(summary = "My work", description = """
            The caller's own annotations: drafts, those waiting for review, those returned (changes requested or rejected), \
            and the caller's counts per status.""")
    @ApiResponse(responseCode = "200", description = "my annotations by stage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = MyWork.class),
                    examples = @ExampleObject(name = "one waiting", value = ReviewExamples.MY_WORK)))
    @GetMapping(path = "/api/me/work", produces = MediaType.APPLICATION_JSON_VALUE)
    MyWork myWork() {
        return new MyWork(annotations.mine(EnumSet.of(AnnotationStatus.DRAFT), 0, 200),
                annotations.mine(EnumSet.of(AnnotationStatus.SUBMITTED), 0, 200),
                annotations.mine(EnumSet.of(AnnotationStatus.CHANGES_REQUESTED, AnnotationStatus.REJECTED), 0, 200),
                annotations.myCounts());
    }

    private static ReviewMove decision(@Nullable String value) {
        ReviewMove move = enumValue(ReviewMove.class, value, "decision");
        if (move == ReviewMove.SUBMIT) {
            throw new InvalidInputException("\"decision\" is APPROVE, REJECT, REQUEST_CHANGES or REOPEN; submit with POST …/submit.");
        }
        return move;
    }

    private static Set<AnnotationStatus> statuses(@Nullable List<String> values) {
        EnumSet<AnnotationStatus> set = EnumSet.noneOf(AnnotationStatus.class);
        if (values == null || values.isEmpty()) {
            set.add(AnnotationStatus.SUBMITTED);
            return set;
        }
        for (String v : values) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    set.add(enumValue(AnnotationStatus.class, part, "status"));
                }
            }
        }
        return set;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, @Nullable String value, String what) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"" + what + "\" must be one of " + List.of(type.getEnumConstants()) + ".");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A date (2026-03-14, the start of that day in UTC) or an instant (2026-03-14T09:00:00Z). */
    private static @Nullable Instant instant(@Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("\"" + what + "\" must be a date like 2026-03-14 or an instant like 2026-03-14T09:00:00Z.");
        }
    }
}
