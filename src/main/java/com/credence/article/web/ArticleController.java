package com.credence.article.web;

import com.credence.article.ArticleDetail;
import com.credence.article.ArticleImport;
import com.credence.article.ArticleMetadata;
import com.credence.article.ArticleService;
import com.credence.article.ArticleSummary;
import com.credence.article.ImportFormat;
import com.credence.article.ImportSource;
import com.credence.article.OriginalInput;
import com.credence.text.TextSpan;
import com.credence.article.ArticleTooLargeException;
import com.credence.article.DuplicateArticleException;
import com.credence.article.UnsupportedFileTypeException;
import com.credence.base.InvalidInputException;
import com.credence.base.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Articles over HTTP: import (JSON or a file upload), read one, list and search. */
@RestController
@Tag(name = "Articles", description = "Import articles, read them, list and search them")
@RequestMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleController {

    static final int MAX_PAGE_SIZE = 100;

    private final ArticleImport articleImport;
    private final ArticleService articles;

    ArticleController(ArticleImport articleImport, ArticleService articles) {
        this.articleImport = articleImport;
        this.articles = articles;
    }

    /**
     * The JSON body of an import: exactly one of text, html and fromUrl (a web page Credence fetches and
     * extracts the story from); exclude: the paragraphs to leave out, numbered from 0 as in the preview
     * (absent: the ones proposed as page furniture; empty: none).
     */
    record ImportRequest(@Nullable String title, @Nullable String text, @Nullable String html, @Nullable String fromUrl,
            @Nullable String outlet, @Nullable String url, @Nullable String byline, @Nullable LocalDate publishedAt,
            @Nullable List<Integer> exclude) {
    }

    record ArticleResponse(long id, String title, @Nullable String outlet, @Nullable String url, @Nullable String byline,
            @Nullable LocalDate publishedAt, String sha256, String importedBy, Instant importedAt, String text,
            List<TextSpan> sentences) {

        static ArticleResponse of(ArticleDetail a) {
            return new ArticleResponse(a.id(), a.title(), a.outlet(), a.url(), a.byline(), a.publishedAt(), a.sha256(),
                    a.importedBy(), a.importedAt(), a.text(), a.sentences());
        }
    }

    record ArticlePage(List<ArticleSummary> content, int page, int size, long totalElements) {
    }

    /** Imports an article; with {@code ?preview=true} answers what would be stored (200) and stores nothing. */
    @Operation(summary = "Import an article", description = """
            Imports an article given as exactly one of "text", "html" or "fromUrl" (a web page Credence fetches and extracts the \
            story from; the page's title, outlet, byline and date fill what the body leaves out), with optional title, outlet, \
            url, byline and publishedAt. "exclude": the paragraphs to leave out, numbered from 0 as in the preview (absent: the \
            ones proposed as page furniture; empty: none). The text is cleaned and split into sentences. The same text or address \
            again is 409 with the existing article's id, unless ?allowDuplicate=true. With ?preview=true nothing is stored and \
            the answer (200) is what would be: the text, its sentences, the paragraphs with the ones proposed to leave out, and \
            what the page said about itself. Or upload the article as a file (multipart/form-data: "file", a .txt, .md or \
            .html file, and the other fields as form fields; no preview).""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = {@ExampleObject(name = "text", value = ArticleExamples.IMPORT_TEXT),
                            @ExampleObject(name = "a web address", value = ArticleExamples.IMPORT_URL),
                            @ExampleObject(name = "HTML, one paragraph left out", value = ArticleExamples.IMPORT_HTML),
                            @ExampleObject(name = "text to preview (?preview=true)", value = ArticleExamples.PREVIEW_REQUEST)}),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object", requiredProperties = "file"),
                            schemaProperties = {
                                    @SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary",
                                            description = "the article as a .txt, .md or .html file")),
                                    @SchemaProperty(name = "title", schema = @Schema(type = "string")),
                                    @SchemaProperty(name = "outlet", schema = @Schema(type = "string")),
                                    @SchemaProperty(name = "url", schema = @Schema(type = "string")),
                                    @SchemaProperty(name = "byline", schema = @Schema(type = "string")),
                                    @SchemaProperty(name = "publishedAt", schema = @Schema(type = "string", format = "date"))},
                            examples = @ExampleObject(name = "an HTML file", description = "the file and the outlet as form fields", value = """
                                    {"file": "(the bytes of story.html)", "outlet": "The Coastal Courier", "publishedAt": "2026-03-10"}""")
                    )}))
    @ApiResponse(responseCode = "201", description = "imported", headers = @Header(name = "Location", schema = @Schema(type = "string",
            example = "/api/articles/7")), content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ArticleResponse.class), examples = @ExampleObject(name = "the article", value = ArticleExamples.ARTICLE)))
    @ApiResponse(responseCode = "200", description = "with ?preview=true: what would be stored; nothing was", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = com.credence.article.ImportPreview.class),
            examples = @ExampleObject(name = "preview", value = ArticleExamples.PREVIEW)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "409", description = "already imported (the same text or address); nothing was stored", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Problem"),
            examples = @ExampleObject(name = "duplicate", value = ArticleExamples.DUPLICATE)))
    @ApiResponse(responseCode = "413", ref = "#/components/responses/TooLarge")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importJson(@RequestBody ImportRequest body,
            @Parameter(description = "import even if the same text or address is already stored") @RequestParam(defaultValue = "false") boolean allowDuplicate,
            @Parameter(description = "store nothing; answer what would be stored") @RequestParam(defaultValue = "false") boolean preview) {
        int given = (body.text() != null ? 1 : 0) + (body.html() != null ? 1 : 0) + (body.fromUrl() != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidInputException("Give the article as \"text\", as \"html\" or as \"fromUrl\", one of the three.");
        }
        ImportSource source = body.text() != null ? ImportSource.pasted(body.text(), ImportFormat.TEXT)
                : body.html() != null ? ImportSource.pasted(body.html(), ImportFormat.HTML)
                : articleImport.fetch(java.util.Objects.requireNonNull(body.fromUrl()));
        java.util.Set<Integer> excluded = body.exclude() == null ? null : new java.util.HashSet<>(body.exclude());
        if (preview) {
            return ResponseEntity.ok(articleImport.preview(source, excluded));
        }
        ArticleMetadata meta = new ArticleMetadata(body.title(), body.outlet(), body.url(), body.byline(), body.publishedAt());
        return created(articleImport.importArticle(source, meta, allowDuplicate, excluded));
    }

    /** Described with {@link #importJson} (one operation in OpenAPI: POST /api/articles with either body). */
    @Operation(hidden = true)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ArticleResponse> importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String outlet,
            @RequestParam(required = false) @Nullable String url, @RequestParam(required = false) @Nullable String byline,
            @RequestParam(required = false) @Nullable String publishedAt,
            @RequestParam(defaultValue = "false") boolean allowDuplicate) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String filename = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        ImportSource source = new ImportSource.Upload(filename, bytes);
        ArticleMetadata meta = new ArticleMetadata(title, outlet, url, byline, date(publishedAt));
        return created(articleImport.importArticle(source, meta, allowDuplicate));
    }

    @Operation(summary = "Read an article", description = """
            The article: its metadata, who imported it and when, its SHA-256, its text and its sentences as [start, end) \
            character offsets into the text.""")
    @ApiResponse(responseCode = "200", description = "the article", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ArticleResponse.class),
            examples = @ExampleObject(name = "an article", value = ArticleExamples.ARTICLE)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping("/{id}")
    ArticleResponse get(@PathVariable long id) {
        return ArticleResponse.of(articles.get(id));
    }

    /**
     * The input the article was imported from, as it came (text, or a page's HTML): as plain text, never
     * as a page, so whatever markup it holds is shown and not run.
     */
    @Operation(summary = "The input an article was imported from", description = """
            What was imported, as it came (text, or the page's HTML), as plain text in UTF-8, never as a page, so whatever \
            markup it holds is shown and not run. X-Credence-Format says what it was: TEXT, MARKDOWN or HTML.""")
    @ApiResponse(responseCode = "200", description = "the original input", headers = @Header(name = "X-Credence-Format",
            description = "TEXT, MARKDOWN or HTML", schema = @Schema(type = "string", example = "TEXT")), content = @Content(
            mediaType = MediaType.TEXT_PLAIN_VALUE, examples = @ExampleObject(name = "pasted text", value = ArticleExamples.ORIGINAL)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping(path = "/{id}/original", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> original(@PathVariable long id) {
        OriginalInput original = articles.original(id);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .header("X-Credence-Format", original.format().name())
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"article-" + id + "-original."
                        + (original.format() == ImportFormat.HTML ? "html" : original.format() == ImportFormat.MARKDOWN ? "md" : "txt")
                        + ".txt\"")
                .body(original.content());
    }

    @Operation(summary = "List and search articles", description = """
            Articles, newest first, a page at a time (size 1 to 100); query (case-insensitive) finds the articles whose title, outlet or text contains it.""")
    @ApiResponse(responseCode = "200", description = "a page of article summaries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ArticlePage.class),
                    examples = @ExampleObject(name = "one article", value = ArticleExamples.PAGE)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @GetMapping
    ArticlePage list(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || page > com.credence.base.Inputs.MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("page must be 0 to " + com.credence.base.Inputs.MAX_PAGE + " and size between 1 and "
                    + MAX_PAGE_SIZE + ".");
        }
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("importedAt"), Sort.Order.desc("id")));
        return new ArticlePage(articles.search(query, request), page, size, articles.count(query));
    }

    @ExceptionHandler(ArticleTooLargeException.class)
    ProblemDetail tooLarge(ArticleTooLargeException e) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Too large", e.getMessage());
    }

    @ExceptionHandler(UnsupportedFileTypeException.class)
    ProblemDetail unsupported(UnsupportedFileTypeException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type", e.getMessage());
    }

    @ExceptionHandler(DuplicateArticleException.class)
    ProblemDetail duplicate(DuplicateArticleException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Already imported",
                e.getMessage() + " Repeat the request with ?allowDuplicate=true to import it again.");
        problem.setProperty("existingId", e.existing().id());
        problem.setProperty("existing", "/api/articles/" + e.existing().id());
        return problem;
    }

    private static ResponseEntity<ArticleResponse> created(ArticleDetail article) {
        return ResponseEntity.created(URI.create("/api/articles/" + article.id())).body(ArticleResponse.of(article));
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("publishedAt must be a date like 2026-03-14.");
        }
    }
}
