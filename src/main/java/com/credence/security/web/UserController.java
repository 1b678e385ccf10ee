package com.credence.security.web;

import com.credence.base.InvalidInputException;
import com.credence.security.NewUser;
import com.credence.security.UserAdministration;
import com.credence.security.UserChange;
import com.credence.security.UserSummary;
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

    @GetMapping
    List<UserSummary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("page is 0 to " + MAX_PAGE + " and size 1 to " + MAX_PAGE_SIZE + ".");
        }
        return users.list(PageRequest.of(page, size, Sort.by("username")));
    }

    @GetMapping("/{username}")
    UserSummary get(@PathVariable String username) {
        return users.byUsername(username);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserSummary> create(@RequestBody NewUserRequest body) {
        if (body.username() == null || body.displayName() == null || body.password() == null || body.roles() == null) {
            throw new InvalidInputException("\"username\", \"displayName\", \"password\" and \"roles\" are required.");
        }
        UserSummary made = users.create(new NewUser(body.username(), body.displayName(), body.password(), roles(body.roles())));
        return ResponseEntity.created(URI.create("/api/users/" + UriUtils.encodePathSegment(made.username(),
                java.nio.charset.StandardCharsets.UTF_8))).body(made);
    }

    @PatchMapping(path = "/{username}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    UserSummary change(@PathVariable String username, @RequestBody UserChangeRequest body) {
        return users.change(username, new UserChange(body.displayName(), body.roles() == null ? null : roles(body.roles()),
                body.enabled(), body.password()));
    }

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
