package com.credence.export.web;

import com.credence.annotation.StaleAnnotationException;
import com.credence.base.IfMatch;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.base.Problems;
import com.credence.export.AnnotationProtocol;
import com.credence.export.internal.W3cAnnotationFormat;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The W3C Web Annotation Protocol: each article is an annotation container at
 * {@code /anno/{articleId}/} (an LDP basic container and an {@code AnnotationCollection}, read in
 * {@code AnnotationPage}s), each annotation a resource in it. Answers JSON-LD with the anno profile
 * (plain JSON when only that is acceptable); honours {@code Prefer} for a minimal container and for
 * contained IRIs or descriptions; {@code PUT} and {@code DELETE} need {@code If-Match} (428 without,
 * 412 when stale). Signed in like the rest of the API (Basic or a token).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "W3C Web Annotation Protocol", description = """
        Each article as a W3C annotation container at /anno/{articleId}/, for other annotation tools: read it in pages, post \
        annotations in W3C form, change and delete them with If-Match.""")
class AnnotationProtocolController {

    static final String CONTAINER = "/anno/{articleId}/";
    static final String ANNOTATION = "/anno/{articleId}/{annotationId}";
    static final String PROFILE = W3cAnnotationFormat.CONTEXT;
    static final String JSON_LD = "application/ld+json; profile=\"" + PROFILE + "\"";
    static final String LDP = "http://www.w3.org/ns/ldp#";
    static final String CONSTRAINED_BY = "<http://www.w3.org/TR/annotation-protocol/>; rel=\"" + LDP + "constrainedBy\"";
    static final String CONTAINER_TYPES = "<" + LDP + "BasicContainer>; rel=\"type\", <http://www.w3.org/ns/oa#AnnotationCollection>; rel=\"type\", "
            + CONSTRAINED_BY;
    static final String RESOURCE_TYPE = "<" + LDP + "Resource>; rel=\"type\", <http://www.w3.org/ns/oa#Annotation>; rel=\"type\"";
    static final String CONTAINER_ALLOW = "GET, HEAD, OPTIONS, POST";
    static final String PAGE_ALLOW = "GET, HEAD, OPTIONS";
    static final String ANNOTATION_ALLOW = "GET, HEAD, OPTIONS, PUT, DELETE";
    static final int MAX_PAGE_SIZE = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AnnotationProtocol protocol;
    private final int pageSize;

    AnnotationProtocolController(AnnotationProtocol protocol, @Value("${credence.anno.page-size:100}") int pageSize) {
        this.protocol = protocol;
        this.pageSize = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
    }

    /**
     * The container (without {@code page}): its size, first and last page, the first embedded unless
     * a minimal container is preferred; or one page of it ({@code ?page=n}, from 0). {@code iris=1} (or
     * {@code Prefer} contained IRIs) lists annotations by their IRIs; {@code size} sets the page size.
     */
    @Operation(summary = "Read an article's annotation container (W3C)", description = """
            The article as a W3C Web Annotation Protocol container: an LDP BasicContainer and AnnotationCollection with its \
            total, first page (embedded, unless Prefer asks for a minimal container) and last page; ?page=n (from 0) reads one \
            AnnotationPage (partOf, startIndex, next, prev, items). Prefer: return=representation;include="…#PreferContainedIRIs" \
            (or ?iris=1) lists annotations by their IRIs. ?size= sets the page size (1 to 1000; default credence.anno.page-size). \
            JSON-LD with the anno profile; Link, Allow, Vary: Accept, Prefer, ETag and Content-Location as the protocol asks.""")
    @ApiResponse(responseCode = "200", description = "the container, or one of its pages",
            headers = {@Header(name = "ETag", schema = @Schema(type = "string")), @Header(name = "Link", schema = @Schema(type = "string",
                    example = "<http://www.w3.org/ns/ldp#BasicContainer>; rel=\"type\""))},
            content = @Content(mediaType = "application/ld+json", examples = @ExampleObject(name = "a container with one annotation",
                    value = AnnotationProtocolExamples.CONTAINER)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping(path = CONTAINER, produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> container(@PathVariable long articleId, @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer iris, @RequestParam(required = false) @Nullable Integer size,
            HttpServletRequest request) {
        String base = base(request);
        Preferences prefer = Preferences.of(Collections.list(request.getHeaders("Prefer")));
        boolean iriOnly = iris != null ? iris == 1 : prefer.iris();
        int n = size == null ? pageSize : size;
        if (n < 1 || n > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size is from 1 to " + MAX_PAGE_SIZE + ".");
        }
        String container = base + "/anno/" + articleId + "/";
        Paging paging = new Paging(container, iriOnly, size == null ? null : n);
        if (page != null) {
            return page(articleId, base, page, n, paging, request);
        }
        AnnotationProtocol.Page first = protocol.page(articleId, base, 0, n);
        int last = Math.max(0, (first.total() - 1) / n);
        ObjectNode body = JSON.createObjectNode();
        body.set("@context", JSON.createArrayNode().add(PROFILE).add("http://www.w3.org/ns/ldp.jsonld"));
        String id = paging.containerId();
        body.put("id", id);
        body.set("type", JSON.createArrayNode().add("BasicContainer").add("AnnotationCollection"));
        body.put("label", first.label());
        body.put("total", first.total());
        if (prefer.minimal()) {
            body.put("first", paging.page(0));
        } else {
            body.set("first", pageBody(first, 0, last, paging, false));
        }
        body.put("last", paging.page(last));
        HttpHeaders headers = headers(CONTAINER_TYPES, CONTAINER_ALLOW, id);
        headers.add("Accept-Post", JSON_LD + ", application/json");
        headers.add(HttpHeaders.VARY, "Prefer");
        if (prefer.representation()) {
            headers.add("Preference-Applied", "return=representation");
        }
        return answer(HttpStatus.OK, body, headers, request, true);
    }

    private ResponseEntity<byte[]> page(long articleId, String base, int page, int size, Paging paging, HttpServletRequest request) {
        if (page < 0) {
            throw new NotFoundException("Pages are numbered from 0.");
        }
        long from = (long) page * size;
        AnnotationProtocol.Page found = protocol.page(articleId, base, (int) Math.min(from, Integer.MAX_VALUE), size);
        int last = Math.max(0, (found.total() - 1) / size);
        if (page > last) {
            throw new NotFoundException("This container has pages 0 to " + last + ".");
        }
        ObjectNode body = pageBody(found, page, last, paging, true);
        HttpHeaders headers = headers(null, PAGE_ALLOW, paging.page(page));
        headers.add(HttpHeaders.VARY, "Prefer");
        return answer(HttpStatus.OK, body, headers, request, true);
    }

    private static ObjectNode pageBody(AnnotationProtocol.Page found, int page, int last, Paging paging, boolean alone) {
        ObjectNode body = JSON.createObjectNode();
        if (alone) {
            body.put("@context", PROFILE);
        }
        body.put("id", paging.page(page));
        body.put("type", "AnnotationPage");
        ObjectNode partOf = body.putObject("partOf");
        partOf.put("id", paging.containerId());
        partOf.put("label", found.label());
        partOf.put("total", found.total());
        body.put("startIndex", found.startIndex());
        if (page < last) {
            body.put("next", paging.page(page + 1));
        }
        if (page > 0) {
            body.put("prev", paging.page(page - 1));
        }
        ArrayNode items = body.putArray("items");
        for (ObjectNode item : found.items()) {
            if (paging.iris()) {
                items.add(item.path("id").asString());
            } else {
                items.add(item);
            }
        }
        return body;
    }

    /** Creates an annotation in the container: 201 with its address (under the container), ETag and the annotation with its id. */
    @Operation(summary = "Add an annotation to an article's container (W3C)", description = """
            Posts a W3C annotation. One that targets the article with a TextQuoteSelector and/or a TextPositionSelector (in \
            code points) and a classifying body whose source is a tag's IRI or key becomes a Credence draft annotation; any \
            other (another target, no selector, no tag) is kept exactly as posted and listed on the article page. 201 with \
            Location, ETag and the annotation with its id under the container; 200 when the same one was posted before.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/ld+json",
                    examples = {@ExampleObject(name = "tagged by quote", value = AnnotationProtocolExamples.POSTED),
                            @ExampleObject(name = "another tool's note, kept as posted", value = AnnotationProtocolExamples.FOREIGN)})))
    @ApiResponse(responseCode = "201", description = "created",
            headers = {@Header(name = "Location", schema = @Schema(type = "string", example = "/anno/7/12")),
                    @Header(name = "ETag", schema = @Schema(type = "string", example = "\"0\""))},
            content = @Content(mediaType = "application/ld+json", examples = @ExampleObject(name = "as stored",
                    value = AnnotationProtocolExamples.ANNOTATION)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @PostMapping(path = CONTAINER, consumes = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE},
            produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> create(@PathVariable long articleId, @RequestBody(required = false) byte @Nullable [] body,
            HttpServletRequest request) {
        AnnotationProtocol.Created created = protocol.create(articleId, text(body), base(request));
        AnnotationProtocol.Item item = created.item();
        HttpHeaders headers = annotationHeaders(item);
        headers.setLocation(java.net.URI.create(item.json().path("id").asString()));
        return answer(created.created() ? HttpStatus.CREATED : HttpStatus.OK, item.json(), headers, request, false);
    }

    @Operation(summary = "Read one annotation (W3C)", description = """
            The annotation in W3C form (the same as the jsonld export), with its ETag for If-Match; ext-n ids are annotations \
            kept exactly as another tool posted them.""")
    @ApiResponse(responseCode = "200", description = "the annotation",
            headers = @Header(name = "ETag", schema = @Schema(type = "string", example = "\"0\"")),
            content = @Content(mediaType = "application/ld+json", examples = {@ExampleObject(name = "a Credence annotation",
                    value = AnnotationProtocolExamples.ANNOTATION), @ExampleObject(name = "kept as posted", value = AnnotationProtocolExamples.FOREIGN)}))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping(path = ANNOTATION, produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> get(@PathVariable long articleId, @PathVariable String annotationId, HttpServletRequest request) {
        AnnotationProtocol.Item item = protocol.get(articleId, annotationId, base(request));
        return answer(HttpStatus.OK, item.json(), annotationHeaders(item), request, false);
    }

    /** Replaces the annotation; If-Match with its ETag is required (428 without, 412 when stale). */
    @Operation(summary = "Replace one annotation (W3C)", description = """
            Replaces the annotation with the W3C annotation sent. If-Match with its ETag is required: 428 without it, 412 when \
            someone changed it meanwhile.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/ld+json",
                    examples = @ExampleObject(name = "now contested, with a note", value = AnnotationProtocolExamples.REPLACED))))
    @ApiResponse(responseCode = "200", description = "the annotation as now stored",
            headers = @Header(name = "ETag", schema = @Schema(type = "string", example = "\"1\"")),
            content = @Content(mediaType = "application/ld+json", examples = @ExampleObject(name = "as stored",
                    value = AnnotationProtocolExamples.ANNOTATION)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "412", ref = "#/components/responses/PreconditionFailed")
    @ApiResponse(responseCode = "428", ref = "#/components/responses/PreconditionRequired")
    @PutMapping(path = ANNOTATION, consumes = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE},
            produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> replace(@PathVariable long articleId, @PathVariable String annotationId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody(required = false) byte @Nullable [] body, HttpServletRequest request) {
        long version = IfMatch.version(ifMatch);
        AnnotationProtocol.Item item = protocol.replace(articleId, annotationId, version, text(body), base(request));
        return answer(HttpStatus.OK, item.json(), annotationHeaders(item), request, false);
    }

    /** Deletes the annotation (204); If-Match with its ETag is required. */
    @Operation(summary = "Delete one annotation (W3C)", description = """
            Deletes the annotation. If-Match with its ETag is required: 428 without it, 412 when someone changed it meanwhile.""")
    @ApiResponse(responseCode = "204", description = "deleted; no body")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "412", ref = "#/components/responses/PreconditionFailed")
    @ApiResponse(responseCode = "428", ref = "#/components/responses/PreconditionRequired")
    @DeleteMapping(ANNOTATION)
    ResponseEntity<Void> delete(@PathVariable long articleId, @PathVariable String annotationId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        protocol.delete(articleId, annotationId, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "What the container allows (W3C)", description = """
            Headers only: Allow (GET, HEAD, OPTIONS, POST), Accept-Post, Link with the container's types and constrainedBy.""")
    @ApiResponse(responseCode = "200", description = "no body; the headers",
            headers = {@Header(name = "Allow", schema = @Schema(type = "string", example = CONTAINER_ALLOW)),
                    @Header(name = "Accept-Post", schema = @Schema(type = "string", example = "application/ld+json"))})
    @RequestMapping(path = CONTAINER, method = RequestMethod.OPTIONS)
    ResponseEntity<Void> containerOptions(HttpServletRequest request) {
        HttpHeaders headers = headers(CONTAINER_TYPES, CONTAINER_ALLOW, null);
        headers.add("Accept-Post", JSON_LD + ", application/json");
        headers.add(HttpHeaders.VARY, "Prefer");
        return ResponseEntity.ok().headers(headers).build();
    }

    @Operation(summary = "What an annotation allows (W3C)", description = """
            Headers only: Allow (GET, HEAD, OPTIONS, PUT, DELETE) and Link with the annotation's types.""")
    @ApiResponse(responseCode = "200", description = "no body; the headers",
            headers = @Header(name = "Allow", schema = @Schema(type = "string", example = ANNOTATION_ALLOW)))
    @RequestMapping(path = ANNOTATION, method = RequestMethod.OPTIONS)
    ResponseEntity<Void> annotationOptions() {
        return ResponseEntity.ok().headers(headers(RESOURCE_TYPE, ANNOTATION_ALLOW, null)).build();
    }

    @ExceptionHandler(StaleAnnotationException.class)
    ProblemDetail stale(StaleAnnotationException e) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile", e.getMessage());
    }

    private static HttpHeaders annotationHeaders(AnnotationProtocol.Item item) {
        HttpHeaders headers = headers(RESOURCE_TYPE, ANNOTATION_ALLOW, item.json().path("id").asString());
        headers.setETag(IfMatch.etag(item.version()));
        return headers;
    }

    private static HttpHeaders headers(@Nullable String link, String allow, @Nullable String contentLocation) {
        HttpHeaders headers = new HttpHeaders();
        if (link != null) {
            headers.add(HttpHeaders.LINK, link);
        }
        headers.add(HttpHeaders.ALLOW, allow);
        headers.add(HttpHeaders.VARY, "Accept");
        if (contentLocation != null) {
            headers.add(HttpHeaders.CONTENT_LOCATION, contentLocation);
        }
        return headers;
    }

    /**
     * The body as JSON-LD with the anno profile, or as plain JSON when the caller accepts only that;
     * a container or page gets an ETag from its content (an annotation has its version).
     */
    private static ResponseEntity<byte[]> answer(HttpStatus status, JsonNode body, HttpHeaders headers, HttpServletRequest request,
            boolean contentTag) {
        byte[] bytes = JSON.writeValueAsBytes(body);
        if (contentTag) {
            headers.setETag("\"" + digest(bytes) + "\"");
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        boolean ld = accepted.isEmpty() || accepted.stream().anyMatch(t -> t.includes(MediaType.valueOf("application/ld+json")));
        headers.set(HttpHeaders.CONTENT_TYPE, ld ? JSON_LD : MediaType.APPLICATION_JSON_VALUE);
        return ResponseEntity.status(status).headers(headers).body(bytes);
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body as UTF-8 text (JSON is UTF-8); none, or bytes that are not UTF-8, is a 400. */
    private static String text(byte @Nullable [] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException("Send the annotation as JSON-LD in the body. Nothing was stored.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The body is not UTF-8 text. Nothing was stored.");
        }
    }

    /** The address the caller used, up to the application's root: identifiers in answers start with it. */
    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }

    /** Page addresses of one view of the container (descriptions or IRIs, a page size other than the default). */
    private record Paging(String container, boolean iris, @Nullable Integer size) {

        String containerId() {
            return iris ? container + "?iris=1" : container;
        }

        String page(int n) {
            return container + "?" + (iris ? "iris=1&" : "") + (size == null ? "" : "size=" + size + "&") + "page=" + n;
        }
    }

    /** What a Prefer header asks for (RFC 7240, with the LDP and Web Annotation preferences). */
    private record Preferences(boolean representation, boolean minimal, boolean iris) {

        static Preferences of(List<String> headers) {
            String all = String.join(",", headers);
            boolean representation = all.contains("return=representation");
            Set<String> include = uris(all, "include");
            Set<String> omit = uris(all, "omit");
            boolean minimal = include.contains(LDP + "PreferMinimalContainer") || include.contains("http://www.w3.org/ns/oa#PreferMinimalContainer")
                    || (omit.stream().anyMatch(u -> u.endsWith("#PreferContainedIRIs"))
                            && omit.stream().anyMatch(u -> u.endsWith("#PreferContainedDescriptions")));
            boolean iris = include.stream().anyMatch(u -> u.endsWith("#PreferContainedIRIs"))
                    && include.stream().noneMatch(u -> u.endsWith("#PreferContainedDescriptions"));
            return new Preferences(representation, minimal, iris);
        }

        /** The URIs of {@code include="…"} or {@code omit="…"} (space separated). */
        private static Set<String> uris(String header, String parameter) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(parameter + "\\s*=\\s*\"([^\"]*)\"").matcher(header);
            Set<String> found = new java.util.HashSet<>();
            while (m.find()) {
                found.addAll(Arrays.stream(m.group(1).trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
            }
            return found;
        }
    }
}
