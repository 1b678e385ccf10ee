package com.credence.suggestion.web;

import com.credence.annotation.AnnotationView;
import com.credence.base.InvalidInputException;
import com.credence.suggestion.Suggestion;
import com.credence.suggestion.SuggestionService;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An article's suggestions over HTTP: list them, accept one (a draft annotation), dismiss one. */
@RestController
@Tag(name = "Suggestions", description = "Annotations Credence proposes from cues in an article's text, to accept or dismiss")
@RequestMapping(path = "/api/articles/{articleId}/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
class SuggestionController {

    private final SuggestionService suggestions;

    SuggestionController(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    /** A cue's place in the text. */
    record Cue(int start, int end) {
    }

    /** A suggestion as the API shows it: span and cue in UTF-16 offsets, like annotations. */
    record SuggestionBody(int start, int end, String tag, Cue cue, @Nullable String source, String reason) {

        static SuggestionBody of(Suggestion s) {
            return new SuggestionBody(s.start(), s.end(), s.tag(), new Cue(s.cueStart(), s.cueEnd()), s.source(), s.reason());
        }
    }

    /** Which suggestion: its span and tag, as listed. */
    record Which(@Nullable Integer start, @Nullable Integer end, @Nullable String tag) {

        void check() {
            if (start == null || end == null || tag == null || tag.isBlank()) {
                throw new InvalidInputException("\"start\", \"end\" and \"tag\" of the suggestion are required.");
            }
        }
    }

    @Operation(summary = "List an article's suggestions", description = """
            What Credence proposes for the article from cues in its text: a span (a sentence) with a tag, the cue words, the \
            source taken from the sentence (null when none can be told) and the reason, naming the suggester. Offsets are \
            UTF-16 [start, end) into the article's text, like annotations. Dismissed suggestions, spans that already carry an \
            annotation with the tag, and tags the tag set lacks are left out.""")
    @ApiResponse(responseCode = "200", description = "the suggestions, in text order", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = SuggestionBody.class)),
            examples = @ExampleObject(name = "an attribution and a hedge", value = SuggestionExamples.LIST)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping
    List<SuggestionBody> list(@PathVariable long articleId) {
        return suggestions.list(articleId).stream().map(SuggestionBody::of).toList();
    }

    @Operation(summary = "Accept a suggestion", description = """
            Makes the suggestion with this span and tag a draft annotation of the caller's, with the tag, the source and the \
            cue filled in and the note empty. 201 with Location; 200 with the same annotation when it was accepted already \
            (a retry, or someone at the same moment). 404 when no such suggestion is proposed now (dismissed, already \
            annotated, never proposed); nothing changes then.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "an attribution", value = SuggestionExamples.REQUEST))))
    @ApiResponse(responseCode = "201", description = "the new draft annotation",
            headers = @Header(name = "Location", schema = @Schema(type = "string", example = "/api/articles/7/annotations/12")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AnnotationView.class),
                    examples = @ExampleObject(name = "the draft", value = SuggestionExamples.ACCEPTED)))
    @ApiResponse(responseCode = "200", description = "accepted already: the annotation it became",
            headers = @Header(name = "Location", schema = @Schema(type = "string", example = "/api/articles/7/annotations/12")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AnnotationView.class),
                    examples = @ExampleObject(name = "the draft", value = SuggestionExamples.ACCEPTED)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @PostMapping(path = "/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AnnotationView> accept(@PathVariable long articleId, @RequestBody Which which) {
        which.check();
        SuggestionService.Acceptance acceptance = suggestions.accept(articleId, which.start(), which.end(), which.tag());
        AnnotationView a = acceptance.annotation();
        URI location = URI.create("/api/articles/" + articleId + "/annotations/" + a.id());
        return (acceptance.created() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location)).body(a);
    }

    @Operation(summary = "Dismiss a suggestion", description = """
            Hides the suggestion with this span and tag on the article, for everyone, from now on. Dismissing it again is \
            fine (204). 404 when no such suggestion is proposed now; nothing changes then.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "an attribution", value = SuggestionExamples.REQUEST))))
    @ApiResponse(responseCode = "204", description = "dismissed")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @PostMapping(path = "/dismiss", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> dismiss(@PathVariable long articleId, @RequestBody Which which) {
        which.check();
        suggestions.dismiss(articleId, which.start(), which.end(), which.tag());
        return ResponseEntity.noContent().build();
    }
}
