package com.credence.security.web;

import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API caller is. */
@RestController
@Tag(name = "Me", description = "The caller")
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record Me(String username, List<String> roles) {
    }

    @Operation(summary = "Who am I", description = """
            The caller's username and roles (FACT_CHECKER, EDITOR, ADMIN).""")
    @ApiResponse(responseCode = "200", description = "the caller", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = Me.class),
            examples = @ExampleObject(name = "a fact-checker", value = SecurityExamples.ME)))
    @GetMapping("/me")
    Me me() {
        return new Me(currentUser.username(), Roles.ALL.stream().filter(currentUser.roles()::contains).toList());
    }
}
