package com.credence.security.web;

import com.credence.base.InvalidInputException;
import com.credence.security.NewUser;
import com.credence.security.UserAdministration;
import com.credence.security.UserChange;
import com.credence.security.UserSummary;
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
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * User administration over the API, for admins (the service's method security refuses anyone else
 * with 403): the same rules as the Users page.
 */
@RestController
@Tag(name = "Users", description = "User administration, for admins")
@RequestMapping(path = "/api/users", produces = MediaType.APPLICATION_JSON_VALUE)
class UserController {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PAGE = com.credence.base.Inputs.MAX_PAGE;

    private final UserAdministration users;

    UserController(UserAdministration users) {
        this.users = users;
    }

    record NewUserRequest(@Nullable String username, @Nullable String displayName, @Nullable String password,
            @Nullable List<String> roles) {
    }

    record UserChangeRequest(@Nullable String displayName, @Nullable List<String> roles, @Nullable Boolean enabled,
            @Nullable String password) {
    }

    @Operation(summary = "List users", description = """
            Admins: the users by username, a page at a time (size 1 to 100).""")
    @ApiResponse(responseCode = "200", description = "the users", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = UserSummary.class)),
            examples = @ExampleObject(name = "three users", value = SecurityExamples.USERS)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GetMapping
    List<UserSummary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("page is 0 to " + MAX_PAGE + " and size 1 to " + MAX_PAGE_SIZE + ".");
        }
        return users.list(PageRequest.of(page, size, Sort.by("username")));
    }

    @Operation(summary = "Read a user", description = """
            Admins: one user.""")
    @ApiResponse(responseCode = "200", description = "the user", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = UserSummary.class),
            examples = @ExampleObject(name = "a fact-checker", value = SecurityExamples.USER)))
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping("/{username}")
    UserSummary get(@PathVariable String username) {
        return users.byUsername(username);
    }

    @Operation(summary = "Make a user", description = """
            Admins: a new user with a username, display name, password (the same rules as on the Users page) and roles \
            (FACT_CHECKER, EDITOR, ADMIN). 409 if the username is taken.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "a fact-checker", value = SecurityExamples.NEW_USER))))
    @ApiResponse(responseCode = "201", description = "made",
            headers = {@Header(name = "Location", schema = @Schema(type = "string", example = "/api/users/mara"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = UserSummary.class),
                    examples = @ExampleObject(name = "made", value = SecurityExamples.USER)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserSummary> create(@RequestBody NewUserRequest body) {
        if (body.username() == null || body.displayName() == null || body.password() == null || body.roles() == null) {
            throw new InvalidInputException("\"username\", \"displayName\", \"password\" and \"roles\" are required.");
        }
        UserSummary made = users.create(new NewUser(body.username(), body.displayName(), body.password(), roles(body.roles())));
        return ResponseEntity.created(URI.create("/api/users/" + UriUtils.encodePathSegment(made.username(),
                java.nio.charset.StandardCharsets.UTF_8))).body(made);
    }

    @Operation(summary = "Change a user", description = """
            Admins: any of displayName, roles, enabled and password; all of it or nothing (a weak password refuses the whole \
            change). The Users page's rules hold: no admin disables or demotes themselves, one admin always stays (409). \
            Disabling, demoting or a new password ends that user's sessions.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "make an editor too", value = SecurityExamples.CHANGE)),
                    @Content(mediaType = "application/merge-patch+json", examples = @ExampleObject(name = "make an editor too", value = SecurityExamples.CHANGE))}))
    @ApiResponse(responseCode = "200", description = "the changed user", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = UserSummary.class),
            examples = @ExampleObject(name = "now an editor too", value = SecurityExamples.CHANGED)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PatchMapping(path = "/{username}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    UserSummary change(@PathVariable String username, @RequestBody UserChangeRequest body) {
        return users.change(username, new UserChange(body.displayName(), body.roles() == null ? null : roles(body.roles()),
                body.enabled(), body.password()));
    }

    @Operation(summary = "Unlock a user", description = """
            Admins: lifts the sign-in pauses that failed sign-ins put on that username.""")
    @ApiResponse(responseCode = "200", description = "the user", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = UserSummary.class),
            examples = @ExampleObject(name = "unlocked", value = SecurityExamples.USER)))
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @PostMapping("/{username}/unlock")
    UserSummary unlock(@PathVariable String username) {
        return users.unlock(username);
    }

    private static Set<String> roles(List<String> roles) {
        if (roles.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("A role is null; roles are FACT_CHECKER, EDITOR and ADMIN.");
        }
        return Set.copyOf(roles);
    }
}
