package com.credence.review.web;

import com.credence.review.ArticleAssignment;
import com.credence.review.AssignmentService;
import com.credence.review.MyAssignment;
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
class AssignmentController {

    private final AssignmentService assignments;

    AssignmentController(AssignmentService assignments) {
        this.assignments = assignments;
    }

    record AssigneesRequest(@Nullable List<String> usernames, @Nullable LocalDate due) {
    }

    /** {"usernames": [...], "due"?: "2026-12-01"} → the assignment; an empty list unassigns. */
    @PutMapping(path = "/api/articles/{articleId}/assignees", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleAssignment assign(@PathVariable long articleId, @RequestBody AssigneesRequest body) {
        return assignments.assign(articleId, body.usernames() == null ? List.of() : body.usernames(), body.due());
    }

    @GetMapping(path = "/api/articles/{articleId}/assignees", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleAssignment assignees(@PathVariable long articleId) {
        return assignments.assignees(articleId);
    }

    @GetMapping(path = "/api/me/assignments", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MyAssignment> mine() {
        return assignments.mine();
    }
}
