package com.credence.base.web;

import com.credence.base.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the API answers when no endpoint takes a request under /api (or /anno, the W3C annotation containers): without this, the app's own
 * fallback would answer 200 with the HTML page. Every other mapping is more specific, so this one is
 * reached only when none matched, and it says why: no such address (404), not this method (405, with
 * Allow), not this body type (415) or no answer in an acceptable type (406), as problem+json.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden // not an operation: what answers when none matched
class UnmatchedApiController {

    private static final String ALL = "/api/**";
    private static final String ANNO = "/anno/**";

    private final RequestMappingHandlerMapping mappings;

    UnmatchedApiController(@Lazy @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping(path = {ALL, ANNO}, produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> unmatched(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        List<RequestMappingInfo> samePath = mappings.getHandlerMethods().keySet().stream().filter(info -> {
            PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
            return patterns != null && patterns.getPatterns().stream()
                    .anyMatch(p -> !p.getPatternString().equals(ALL) && !p.getPatternString().equals(ANNO) && p.matches(path));
        }).toList();
        ResponseEntity.BodyBuilder answer;
        ProblemDetail problem;
        if (samePath.isEmpty()) {
            answer = ResponseEntity.status(HttpStatus.NOT_FOUND);
            problem = Problems.of(HttpStatus.NOT_FOUND, "Not found", "There is no API address " + path.value() + ". See the README for the API.");
            return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        List<RequestMappingInfo> sameMethod = samePath.stream().filter(i -> i.getMethodsCondition().getMatchingCondition(request) != null)
                .toList();
        if (sameMethod.isEmpty()) {
            Set<String> allowed = new TreeSet<>();
            samePath.forEach(i -> i.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name())));
            problem = Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                    request.getMethod() + " is not possible here; " + String.join(", ", allowed) + " is.");
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, String.join(", ", allowed))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (sameMethod.stream().noneMatch(i -> i.getConsumesCondition().getMatchingCondition(request) != null)) {
            Set<String> types = new TreeSet<>();
            sameMethod.forEach(i -> i.getConsumesCondition().getConsumableMediaTypes().forEach(t -> types.add(t.toString())));
            problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "Send the body as "
                    + String.join(" or ", types) + (request.getContentType() == null ? "." : ", not " + request.getContentType() + "."));
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (sameMethod.stream().noneMatch(i -> i.getProducesCondition().getMatchingCondition(request) != null)) {
            Set<String> types = new TreeSet<>();
            sameMethod.forEach(i -> i.getProducesCondition().getProducibleMediaTypes().forEach(t -> types.add(t.toString())));
            problem = Problems.of(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "This answers in " + String.join(" or ", types)
                    + "; the request's Accept header allows none of them.");
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        problem = Problems.of(HttpStatus.BAD_REQUEST, "Bad request", "The request's parameters or headers do not fit " + path.value() + ".");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
