package com.credence.security.web;

import com.credence.base.InvalidInputException;
import com.credence.security.ApiTokenScope;
import com.credence.security.ApiTokenView;
import com.credence.security.ApiTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** My personal access tokens over the API; admins list everyone's ({@code ?all=true}) and revoke any. */
@RestController
@Tag(name = "Tokens", description = "Personal access tokens for the API")
@RequestMapping(path = "/api/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewTokenRequest(@Nullable String name, @Nullable String scope, @Nullable Integer days) {
    }

    /** The token made: its view and, this once, the token itself. */
    record NewToken(ApiTokenView token, String secret) {
    }

    @Operation(summary = "List tokens", description = """
            The caller's tokens (never their secrets); with ?all=true everyone's, for admins only (403 otherwise).""")
    @ApiResponse(responseCode = "200", description = "the tokens", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = ApiTokenView.class)),
            examples = @ExampleObject(name = "one token", value = SecurityExamples.TOKENS)))
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GetMapping
    List<ApiTokenView> list(@Parameter(description = "everyone's tokens (admins)") @RequestParam(defaultValue = "false") boolean all) {
        return all ? tokens.all() : tokens.mine();
    }

    @Operation(summary = "Make a token", description = """
            Makes a personal access token: a name, a scope (READ: GET only; WRITE: whatever the caller's roles allow) and \
            optionally how many days it lasts (1 to 366; absent: until revoked). The secret is in this answer only: only its \
            SHA-256 is stored.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "a read token for 90 days", value = SecurityExamples.NEW_TOKEN_REQUEST))))
    @ApiResponse(responseCode = "201", description = "made; the secret is shown this once",
            headers = {@Header(name = "Location", schema = @Schema(type = "string", example = "/api/tokens/5"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = NewToken.class),
                    examples = @ExampleObject(name = "made", value = SecurityExamples.NEW_TOKEN)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NewToken> create(@RequestBody NewTokenRequest body) {
        ApiTokenScope scope;
        try {
            scope = ApiTokenScope.valueOf(body.scope() == null ? "" : body.scope().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"scope\" is READ or WRITE.");
        }
        ApiTokens.Created made = tokens.create(body.name() == null ? "" : body.name(), scope, body.days());
        return ResponseEntity.created(URI.create("/api/tokens/" + made.token().id())).body(new NewToken(made.token(), made.secret()));
    }

    @Operation(summary = "Revoke a token", description = """
            Revokes one of the caller's tokens (admins: anyone's); it stops working at once.""")
    @ApiResponse(responseCode = "200", description = "the revoked token", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ApiTokenView.class),
            examples = @ExampleObject(name = "revoked", value = SecurityExamples.REVOKED)))
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @DeleteMapping("/{id}")
    ApiTokenView revoke(@PathVariable long id) {
        return tokens.revoke(id);
    }
}
