package org.fractalgoals.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.web.Problems;
import org.fractalgoals.platform.web.Unavailable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 as problem details, like every other error, with the challenge RFC 6750 asks for. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper mapper;

    ProblemSecurityHandlers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", BearerChallenge.UNAUTHENTICATED);
        write(response, ProblemType.UNAUTHENTICATED, "Send a valid bearer token from the fractal-goals realm");
    }

    void accountErased(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", BearerChallenge.ACCOUNT_ERASED);
        write(response, ProblemType.ACCOUNT_ERASED, "The personal data of this account was erased; its tokens are no longer accepted");
    }

    /**
     * 503 with {@code Retry-After}: the token could not be checked for a reason that is not the token's (the signing
     * keys cannot be fetched from Keycloak, the database cannot be reached). A 401 would send the web app to a sign-in
     * that cannot help.
     */
    void unavailable(HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Unavailable.RETRY_AFTER_SECONDS);
        write(response, ProblemType.UNAVAILABLE, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, ProblemType.FORBIDDEN, "This needs a role you do not have");
    }

    private void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), Problems.of(type, detail));
    }
}
