package com.credence.export.web;

import com.credence.base.InvalidInputException;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import com.credence.export.ExportScope;
import com.credence.export.ExportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** An article's export in any format, streamed with its media type and a file name. */
@RestController
@Tag(name = "Exports")
class ExportController {

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    record FormatInfo(String name, String label, String mediaType, String extension) {
    }

    @Operation(summary = "The export formats", description = """
            Every format an article can be exported in: its name (for ?format=), label, media type and file extension.""")
    @ApiResponse(responseCode = "200", description = "the formats", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = FormatInfo.class)),
            examples = @ExampleObject(name = "the formats", value = ExportExamples.FORMATS)))
    @GetMapping(path = "/api/exports/formats", produces = MediaType.APPLICATION_JSON_VALUE)
    List<FormatInfo> formats() {
        return exports.formats().stream().map(f -> new FormatInfo(f.name(), f.label(), f.mediaType(), f.extension())).toList();
    }

    /** ?format=html|jsonld|csv|jsonl|md (any format there is) &amp;scope=approved|all. */
    @Operation(summary = "Export an article", description = """
            The article and its annotations (approved ones, or all) in a format from /api/exports/formats, with the format's \
            media type and a Content-Disposition file name: W3C Web Annotation or ClaimReview JSON-LD, CSV, JSON Lines, Markdown, \
            an HTML or a PDF report. An unknown format is 400, naming the known ones.""")
    @ApiResponse(responseCode = "200", description = "the export, in the format's media type", headers = @Header(name = "Content-Disposition",
            schema = @Schema(type = "string", example = "attachment; filename=\"harbour-council-approves-ferry-fare-freeze-7.jsonl\"")),
            content = {@Content(mediaType = "application/jsonl", examples = @ExampleObject(name = "JSON Lines", value = ExportExamples.JSONL)),
                    @Content(mediaType = "text/csv", examples = @ExampleObject(name = "CSV", value = ExportExamples.CSV)),
                    @Content(mediaType = "application/ld+json"), @Content(mediaType = "text/markdown"), @Content(mediaType = "text/html"),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping("/api/articles/{articleId}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long articleId,
            @Parameter(description = "a format's name from /api/exports/formats", example = "jsonl") @RequestParam String format,
            @Parameter(description = "approved: the approved annotations; all: every live one", example = "approved")
            @RequestParam(defaultValue = "approved") String scope) {
        ExportFormat f = exports.format(format);
        ExportScope s;
        try {
            s = ExportScope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("scope is 'approved' or 'all'.");
        }
        // read now, on the request's thread and with its rights; the body only writes
        ExportDocument document = exports.document(articleId, s);
        StreamingResponseBody body = out -> f.write(document, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, f.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ExportService.fileName(document.article(), f)).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
