package com.credence.export.web;

import com.credence.base.InvalidInputException;
import com.credence.export.ExportDocument;
import com.credence.export.ExportFormat;
import com.credence.export.ExportScope;
import com.credence.export.ExportService;
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
class ExportController {

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    record FormatInfo(String name, String label, String mediaType, String extension) {
    }

    @GetMapping(path = "/api/exports/formats", produces = MediaType.APPLICATION_JSON_VALUE)
    List<FormatInfo> formats() {
        return exports.formats().stream().map(f -> new FormatInfo(f.name(), f.label(), f.mediaType(), f.extension())).toList();
    }

    /** ?format=html|jsonld|csv|jsonl|md (any format there is) &amp;scope=approved|all. */
    @GetMapping("/api/articles/{articleId}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long articleId, @RequestParam String format,
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
