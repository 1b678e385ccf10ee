package com.credence.api;

import com.credence.article.ArticleTooLargeException;
import com.credence.article.DuplicateArticleException;
import com.credence.article.UnsupportedFileTypeException;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as an RFC 9457 problem document (application/problem+json). */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return switch (e) {
            case ArticleTooLargeException t -> problem(HttpStatus.CONTENT_TOO_LARGE, "Too large", e.getMessage());
            case UnsupportedFileTypeException u -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type",
                    e.getMessage());
            default -> problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
        };
    }

    @ExceptionHandler(DuplicateArticleException.class)
    ProblemDetail duplicate(DuplicateArticleException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Already imported",
                e.getMessage() + " Repeat the request with ?allowDuplicate=true to import it again.");
        problem.setProperty("existingId", e.existing().id());
        problem.setProperty("existing", "/api/articles/" + e.existing().id());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
