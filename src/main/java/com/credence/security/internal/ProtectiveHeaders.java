package com.credence.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before anything else, for every response (the sign-in page too, which Vaadin serves outside the
 * security filter chain): the protective headers, {@code no-store} on everything but static files,
 * and redirects that never name the host a request claimed to be for ({@code Host} is the client's to
 * forge): an absolute redirect to this server becomes a path.
 */
class ProtectiveHeaders extends OncePerRequestFilter {

    static final String CSP = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(path.startsWith("/VAADIN/") || path.startsWith("/styles/") || path.startsWith("/icons/") || path.startsWith("/lumo/")
                || path.startsWith("/favicon"))) {
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        }
        chain.doFilter(request, new RelativeRedirects(request, response));
    }

    /** Turns an absolute redirect to the host of the request into a path. */
    private static final class RelativeRedirects extends HttpServletResponseWrapper {

        private final String self;

        RelativeRedirects(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.self = (request.getScheme() + "://" + request.getServerName()).toLowerCase(Locale.ROOT);
        }

        private String relative(String location) {
            if (!location.toLowerCase(Locale.ROOT).startsWith(self)) {
                return location;
            }
            String rest = location.substring(self.length());
            if (rest.startsWith(":")) { // the port
                int slash = rest.indexOf('/');
                rest = slash < 0 ? "/" : rest.substring(slash);
            }
            return rest.isEmpty() ? "/" : rest;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(relative(location));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "location".equalsIgnoreCase(name) && value != null ? relative(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "location".equalsIgnoreCase(name) && value != null ? relative(value) : value);
        }
    }
}
