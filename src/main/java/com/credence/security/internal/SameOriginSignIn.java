package com.credence.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF: a sign-in posted from another site (which would sign the victim in to the attacker's
 * account) is refused with 403 before any password is checked. Browsers say where a POST comes from:
 * {@code Sec-Fetch-Site} (same-origin, or none when typed) and {@code Origin}; a sign-in whose
 * headers name another site is refused. A client that sends neither is not a browser on a foreign
 * page, so it is not a CSRF vector and goes on.
 */
class SameOriginSignIn extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        boolean foreignSite = site != null && !site.equals("same-origin") && !site.equals("none");
        boolean foreignOrigin = origin != null && !sameOrigin(origin, request);
        if (foreignSite || foreignOrigin) {
            // written here, not sendError: the error page's own dispatch would turn it into a redirect to the sign-in page
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign in from Credence's own sign-in page.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI o = URI.create(origin);
            int port = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(o.getScheme()) && o.getHost() != null
                    && request.getServerName().toLowerCase(Locale.ROOT).equals(o.getHost().toLowerCase(Locale.ROOT))
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed or file page) or garbage: not us
        }
    }
}
