package com.credence.security.web;

import com.credence.base.InvalidInputException;
import com.credence.security.ApiTokenScope;
import com.credence.security.ApiTokenView;
import com.credence.security.ApiTokens;
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

    @GetMapping
    List<ApiTokenView> list(@RequestParam(defaultValue = "false") boolean all) {
        return all ? tokens.all() : tokens.mine();
    }

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

    @DeleteMapping("/{id}")
    ApiTokenView revoke(@PathVariable long id) {
        return tokens.revoke(id);
    }
}
