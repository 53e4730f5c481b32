package org.fractalgoals.platform.security;

import org.fractalgoals.platform.crypto.ErasedOwners;
import org.fractalgoals.platform.web.Unavailable;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses the API to a valid token of an erased user: Keycloak no longer knows the user, but a token it issued
 * before stays valid until it expires. Runs after the token was checked; probes and API docs are not
 * {@code /api} and stay unaffected.
 */
class ErasedAccountFilter extends OncePerRequestFilter {

    private final ErasedOwners erased;
    private final ProblemSecurityHandlers problems;

    ErasedAccountFilter(ErasedOwners erased, ProblemSecurityHandlers problems) {
        this.erased = erased;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && token.getToken().getSubject() != null) {
            boolean erasedNow;
            try {
                erasedNow = erased.isErasedNow(token.getToken().getSubject());
            } catch (RuntimeException e) {
                if (!Unavailable.isDatabaseUnreachable(e)) {
                    throw e;
                }
                // Every API call asks the database here first: while it is away, this is where requests end.
                problems.unavailable(response, Unavailable.DATABASE_DETAIL);
                return;
            }
            if (erasedNow) {
                problems.accountErased(response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
