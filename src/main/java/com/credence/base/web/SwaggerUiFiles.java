package com.credence.base.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The browsable API page's files ({@code /api/swagger-ui/...}, from the Swagger UI web jar) are static
 * resources, which Spring MVC looks up after the controllers; under {@code /api} the API's catch-all
 * ({@link UnmatchedApiController}) would answer them 404 first. This mapping hands exactly those paths
 * to the static resources before any controller.
 */
@Component
class SwaggerUiFiles implements HandlerMapping, Ordered {

    static final String PREFIX = "/api/swagger-ui/";

    private final HandlerMapping resources;

    SwaggerUiFiles(@Lazy @Qualifier("resourceHandlerMapping") HandlerMapping resources) {
        this.resources = resources;
    }

    @Override
    public @Nullable HandlerExecutionChain getHandler(HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PREFIX) ? resources.getHandler(request) : null;
    }

    @Override
    public int getOrder() {
        return -1; // before the controllers (0)
    }
}
