package org.fractalgoals.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Headers on everything the entry serves itself (the app's files). Scripts come only from our own origin (the
 * build refuses inline scripts), the page talks only to us and to the identity provider, and nobody may frame it.
 * Styles may be inline because the app sets element styles for charts and the goal graph. API answers pass through
 * with the services' own, stricter headers.
 */
@Component
class SecurityHeaders extends OncePerRequestFilter {

    private final String policy;
    private final boolean behindTls;

    SecurityHeaders(WebEntryProperties properties) {
        String identity = properties.oidcOrigin();
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self' " + identity + "; frame-src " + identity + "; "
                + "form-action 'self' " + identity + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        this.behindTls = properties.behindTls();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getRequestURI().startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", policy);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
            if (behindTls || request.isSecure()) {
                response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
        }
        chain.doFilter(request, response);
    }
}
