package com.credence.base.web;

import com.credence.base.ConflictException;
import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.credence.base.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The errors every HTTP controller shares, as RFC 9457 problem documents (application/problem+json).
 * A module's own errors are answered by handlers beside its controller. It applies to every handler
 * (also to none: a request no endpoint takes fails before a controller is picked); what does not come
 * from the API is left to the framework.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** A body that is no JSON, or JSON of the wrong shape: 400 naming the field and what was wrong, not "Failed to read request". */
    @Override
    protected org.springframework.http.ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException ex, org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof com.credence.base.BodyTooLargeException big) {
                return org.springframework.http.ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                        .body(tooLarge(big));
            }
        }
        String detail = "The body is not valid JSON for this request.";
        if (ex.getCause() instanceof tools.jackson.core.JacksonException d && !d.getPath().isEmpty()) {
            String field = d.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            detail = "\"" + field + "\" has a value of the wrong kind or out of range (a number must be a whole number, not text; a date is "
                    + "written 2026-03-14 with a year from 1 to 9999).";
        }
        return org.springframework.http.ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.BAD_REQUEST, "Invalid input", detail));
    }

    /** A multipart body cut short or not multipart at all (an over-size one is answered 413 by the base class). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ProblemDetail brokenUpload(org.springframework.web.multipart.MultipartException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Invalid upload",
                "The upload is not a complete multipart/form-data body; send the file again.");
    }

    @ExceptionHandler(com.credence.base.BodyTooLargeException.class)
    ProblemDetail tooLarge(com.credence.base.BodyTooLargeException e) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Too large", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
    }

    /** A change without If-Match: 428, so that nobody's change is overwritten unseen. */
    @ExceptionHandler(com.credence.base.IfMatch.Missing.class)
    ProblemDetail missingIfMatch(com.credence.base.IfMatch.Missing e) {
        return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", e.getMessage());
    }

    @ExceptionHandler(com.credence.base.IfMatch.Weak.class)
    ProblemDetail weakIfMatch(com.credence.base.IfMatch.Weak e) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "Strong ETag needed", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return Problems.of(HttpStatus.CONFLICT, "Not possible now", e.getMessage());
    }

    /** Two requests raced for the same unique thing and this one lost; nothing of it was stored. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail raced(DataIntegrityViolationException e) {
        return Problems.of(HttpStatus.CONFLICT, "Conflicting change",
                "Someone else made the same change at the same moment; nothing of yours was stored. Reload and try again.");
    }

    /** Two people changed the same thing at the same moment and the other one was first; nothing of this one was stored. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail concurrent(ConcurrencyFailureException e) {
        return Problems.of(HttpStatus.CONFLICT, "Changed meanwhile",
                "Someone else changed this at the same moment; nothing of yours was stored. Reload and look again.");
    }

    /**
     * No database connection in time (every one busy for the pool's timeout): the server is
     * overloaded, not broken. 503 with {@code Retry-After}; the transaction never started, so nothing
     * was stored.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.transaction.CannotCreateTransactionException.class})
    org.springframework.http.ResponseEntity<ProblemDetail> busy(Exception e) {
        org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class).warn("An API request found no database connection in time: {}", e.toString());
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
                        "The server is too busy just now; nothing was stored. Try again in a moment."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
    }

    /**
     * Anything else is our fault: a 500 in problem+json that says so and names no internals (the
     * cause goes to the log), never the servlet error page (which the API's security turned into an
     * empty 403).
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail failed(Exception e, HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") && !path.startsWith("/anno/")) {
            throw e;
        }
        org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class).error("An API request failed", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Server error",
                "Something went wrong on our side; it is logged. Try again, and tell an admin if it keeps happening.");
    }
}
