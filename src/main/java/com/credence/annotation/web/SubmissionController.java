package com.credence.annotation.web;

import com.credence.annotation.AnnotationService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Submitting all of the caller's drafts on an article for review at once. */
@RestController
@RequestMapping(path = "/api/articles/{articleId}", produces = MediaType.APPLICATION_JSON_VALUE)
class SubmissionController {

    private final AnnotationService annotations;

    SubmissionController(AnnotationService annotations) {
        this.annotations = annotations;
    }

    record Submitted(int submitted) {
    }

    @PostMapping("/submit")
    Submitted submitAll(@PathVariable long articleId) {
        return new Submitted(annotations.submitAllMine(articleId));
    }
}
