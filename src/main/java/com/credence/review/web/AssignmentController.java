package com.credence.review.web;

import com.credence.review.ArticleAssignment;
import com.credence.review.AssignmentService;
import com.credence.review.MyAssignment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who works on an article: editors set it; everyone reads it and their own list. */
@RestController
@Tag(name = "Assignments", description = "Who works on which article, and by when")
class AssignmentController {

    private final AssignmentService assignments;

    AssignmentController(AssignmentService assignments) {
        this.assignments = assignments;
    }

    record AssigneesRequest(@Nullable List<String> usernames, @Nullable LocalDate due) {
    }

    /** {"usernames": [...], "due"?: "2026-12-01"} → the assignment; an empty list unassigns. */
    @Operation(summary = "Assign an article", description = """
            Editors: sets who works on the article (usernames) and optionally by when (due); an empty list unassigns.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "one fact-checker, due in a week", value = ReviewExamples.ASSIGN))))
    @ApiResponse(responseCode = "200", description = "the assignment", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ArticleAssignment.class),
            examples = @ExampleObject(name = "assigned", value = ReviewExamples.ASSIGNMENT)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @PutMapping(path = "/api/articles/{articleId}/assignees", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleAssignment assign(@PathVariable long articleId, @RequestBody AssigneesRequest body) {
        return assignments.assign(articleId, body.usernames() == null ? List.of() : body.usernames(), body.due());
    }

    @Operation(summary = "Who works on an article", description = """
            The article's assignees and due date.""")
    @ApiResponse(responseCode = "200", description = "the assignment", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ArticleAssignment.class),
            examples = @ExampleObject(name = "assigned", value = ReviewExamples.ASSIGNMENT)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping(path = "/api/articles/{articleId}/assignees", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleAssignment assignees(@PathVariable long articleId) {
        return assignments.assignees(articleId);
    }

    @Operation(summary = "My assignments", description = """
            The articles assigned to the caller, with the due date, who assigned them and how far the work is.""")
    @ApiResponse(responseCode = "200", description = "my assignments", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = MyAssignment.class)),
            examples = @ExampleObject(name = "one article", value = ReviewExamples.MY_ASSIGNMENTS)))
    @GetMapping(path = "/api/me/assignments", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MyAssignment> mine() {
        return assignments.mine();
    }
}
