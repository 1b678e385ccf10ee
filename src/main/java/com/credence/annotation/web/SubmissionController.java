package com.credence.annotation.web;

import com.credence.annotation.AnnotationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Submitting all of the caller's drafts on an article for review at once. */
@RestController
@Tag(name = "Annotations")
@RequestMapping(path = "/api/articles/{articleId}", produces = MediaType.APPLICATION_JSON_VALUE)
class SubmissionController {

    private final AnnotationService annotations;

    SubmissionController(AnnotationService annotations) {
        this.annotations = annotations;
    }

    record Submitted(int submitted) {
    }

    @Operation(summary = "Submit all my drafts on an article", description = """
            Submits every draft annotation of the caller's on the article for review at once; answers how many.""")
    @ApiResponse(responseCode = "200", description = "how many were submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Submitted.class),
                    examples = @ExampleObject(name = "three drafts", value = AnnotationExamples.SUBMITTED_ALL)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @PostMapping("/submit")
    Submitted submitAll(@PathVariable long articleId) {
        return new Submitted(annotations.submitAllMine(articleId));
    }
}
