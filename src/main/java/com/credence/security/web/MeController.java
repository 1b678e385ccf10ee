package com.credence.security.web;

import com.credence.security.CurrentUser;
import com.credence.security.Roles;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API caller is. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record Me(String username, List<String> roles) {
    }

    @GetMapping("/me")
    Me me() {
        return new Me(currentUser.username(), Roles.ALL.stream().filter(currentUser.roles()::contains).toList());
    }
}
