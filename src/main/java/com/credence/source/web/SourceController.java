package com.credence.source.web;

import com.credence.annotation.QueueItem;
import com.credence.annotation.SourceClaims;
import com.credence.base.IfMatch;
import com.credence.base.Inputs;
import com.credence.base.InvalidInputException;
import com.credence.base.Problems;
import com.credence.source.SourceDraft;
import com.credence.source.SourceFilter;
import com.credence.source.SourceKind;
import com.credence.source.SourceService;
import com.credence.source.SourceSort;
import com.credence.source.SourceSummary;
import com.credence.source.SourceView;
import com.credence.source.StaleSourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The source ledger over HTTP: list and search, read with claims and counts, add, change and merge (editors). */
@RestController
@Tag(name = "Sources", description = "The source ledger: who claims are attributed to, under every name they go by")
@RequestMapping(path = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
class SourceController {

    private static final int MAX_PAGE_SIZE = 100;

    private final SourceService sources;

    SourceController(SourceService sources) {
        this.sources = sources;
    }

    record SourcePage(List<SourceSummary> content, int page, int size, long totalElements) {
    }

    record SourceRequest(@Nullable String name, @Nullable List<String> aliases, @Nullable String kind, @Nullable String country,
            @Nullable String description, @Nullable String wikidataId) {

        SourceDraft draft() {
            return new SourceDraft(name, aliases, kind == null ? null : SourceKind.parse(kind), country, description, wikidataId);
        }
    }

    record MergeRequest(@Nullable Long into) {
    }

    /** What is attributed to the source, counted. */
    record Counts(long claims, long attributed, long contested, long approved, long rejected, long pending, List<TagCount> byTag) {
        static Counts of(SourceClaims c) {
            return new Counts(c.total(), c.tagged(SourceClaims.ATTRIBUTED), c.tagged(SourceClaims.CONTESTED), c.approved(), c.rejected(),
                    c.pending(), c.byTag().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new TagCount(e.getKey(), e.getValue())).toList());
        }
    }

    record TagCount(String tag, long claims) {
    }

    record Month(String month, long approved, long rejected, long pending) {
    }

    record Claim(long annotationId, long articleId, String articleTitle, String quote, String tag, String status, Instant createdAt) {
        static Claim of(QueueItem q) {
            return new Claim(q.annotation().id(), q.annotation().articleId(), q.articleTitle(), q.annotation().quote(), q.annotation().tag(),
                    q.annotation().status(), q.annotation().createdAt());
        }
    }

    record SourceDetail(SourceView source, Counts counts, List<Month> months, List<Claim> claims, int page, int size) {
    }

    @Operation(summary = "List and search sources", description = """
            Sources a page at a time (size 1 to 100), each with how many live claims are attributed to it and how many of those \
            are contested. query finds the sources one of whose names or aliases contains it (case, accents and spacing aside); \
            kind (GOVERNMENT, MILITARY, POLICE, STATE_MEDIA, INDEPENDENT_MEDIA, NGO, INTERNATIONAL_ORGANISATION, COMPANY, PERSON, \
            ANONYMOUS, OTHER) and country (ISO 3166 two-letter code) filter; sort is name (default), claims or contested (most first).""")
    @ApiResponse(responseCode = "200", description = "a page of sources", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = SourcePage.class), examples = @ExampleObject(name = "one source", value = SourceExamples.PAGE)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @GetMapping
    SourcePage list(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        SourceSort order = switch (sort.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "name", "" -> SourceSort.NAME;
            case "claims" -> SourceSort.CLAIMS;
            case "contested" -> SourceSort.CONTESTED;
            default -> throw new InvalidInputException("sort is name, claims or contested.");
        };
        SourceFilter filter = new SourceFilter(query.isBlank() ? null : query, kind.isBlank() ? null : SourceKind.parse(kind),
                country.isBlank() ? null : country);
        return new SourcePage(sources.search(filter, order, page * size, size), page, size, sources.count(filter));
    }

    @Operation(summary = "Add a source", description = """
            A new ledger entry: name (required), aliases, kind (OTHER when left out), country (ISO 3166 two-letter code), \
            description and wikidataId (Q and a number; only kept, nothing is looked up). 201 with Location and ETag; 409 when \
            the name or an alias already belongs to a source (names match with case, accents and spacing aside).""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "a councillor", value = SourceExamples.CREATE))))
    @ApiResponse(responseCode = "201", description = "added",
            headers = {@Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string", example = "\"0\"")),
                    @Header(name = "Location", schema = @Schema(type = "string", example = "/api/sources/3"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "the new source", value = SourceExamples.SOURCE)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SourceView> create(@RequestBody SourceRequest body) {
        SourceView made = sources.create(body.draft());
        return ResponseEntity.created(URI.create("/api/sources/" + made.id())).eTag(IfMatch.etag(made.version())).body(made);
    }

    @Operation(summary = "Read a source with its claims", description = """
            The source, its counts (claims, attributed, contested, approved, rejected, pending, and per tag), its claims per month \
            by review outcome, and a page of its claims (newest first: the annotation, its article, tag, status and date). ETag is \
            the version, for If-Match when changing it.""")
    @ApiResponse(responseCode = "200", description = "the source",
            headers = {@Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string", example = "\"1\""))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SourceDetail.class),
                    examples = @ExampleObject(name = "a councillor", value = SourceExamples.DETAIL)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping("/{id}")
    ResponseEntity<SourceDetail> get(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        SourceView source = sources.get(id);
        SourceClaims counts = sources.counts(id);
        List<Month> months = counts.months().stream().map(m -> new Month(m.month().toString(), m.approved(), m.rejected(), m.pending()))
                .toList();
        List<Claim> claims = sources.claims(id, page * size, size).stream().map(Claim::of).toList();
        return ResponseEntity.ok().eTag(IfMatch.etag(source.version()))
                .body(new SourceDetail(source, Counts.of(counts), months, claims, page, size));
    }

    @Operation(summary = "Change a source", description = """
            Editors: any of name, aliases (replaces the list), kind, country, description and wikidataId; an empty text clears a \
            field. A new name keeps the old one as an alias unless aliases are given. Needs If-Match with the ETag last read: 428 \
            without it, 412 (with the current source) when someone changed it meanwhile; 409 when a name belongs to another source.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "a person, known by two more names", value = SourceExamples.PATCH)),
                    @Content(mediaType = "application/merge-patch+json", examples = @ExampleObject(name = "a person, known by two more names", value = SourceExamples.PATCH))}))
    @ApiResponse(responseCode = "200", description = "the changed source",
            headers = {@Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string", example = "\"2\""))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "changed", value = SourceExamples.PATCHED)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @ApiResponse(responseCode = "412", description = "changed meanwhile: nothing was stored; the problem carries the current source",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "stale", value = SourceExamples.STALE)))
    @ApiResponse(responseCode = "428", ref = "#/components/responses/PreconditionRequired")
    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    ResponseEntity<SourceView> update(@PathVariable long id,
            @Parameter(description = "the ETag last read, exactly as sent (a strong one)", schema = @Schema(type = "string", example = "\"1\""))
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody SourceRequest body) {
        Long version = ifMatch == null ? null : IfMatch.version(ifMatch); // without it, the service refuses (after the role check)
        SourceView changed = sources.update(id, version, body.draft());
        return ResponseEntity.ok().eTag(IfMatch.etag(changed.version())).body(changed);
    }

    @Operation(summary = "Merge a source into another", description = """
            Editors: {"into": otherId}. Every annotation attributed to this source (also deleted and reviewed ones) is attributed \
            to the other, each a change in its history; this source's names become aliases of the other, which takes the fields \
            it lacks; this source is removed. 400 for merging a source into itself or without into, 404 when either is missing; \
            nothing changes then.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "into source 3", value = SourceExamples.MERGE))))
    @ApiResponse(responseCode = "200", description = "the source merged into",
            headers = {@Header(name = "ETag", description = "the version, for If-Match", schema = @Schema(type = "string", example = "\"3\""))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "merged", value = SourceExamples.MERGED)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SourceView> merge(@PathVariable long id, @RequestBody MergeRequest body) {
        if (body.into() == null) {
            throw new InvalidInputException("\"into\" (the id of the source to merge into) is required.");
        }
        SourceView into = sources.merge(id, body.into());
        return ResponseEntity.ok().eTag(IfMatch.etag(into.version())).body(into);
    }

    @ExceptionHandler(StaleSourceException.class)
    ProblemDetail stale(StaleSourceException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile", e.getMessage());
        if (e.current() != null) {
            problem.setProperty("current", e.current());
        }
        return problem;
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || page > Inputs.MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("page must be 0 to " + Inputs.MAX_PAGE + " and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
    }
}
