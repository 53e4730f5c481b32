package org.fractalgoals.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * When a bearer token could not be checked. A bad token (wrong signature, expired, wrong issuer or audience) is the
 * caller's: 401. An {@link AuthenticationServiceException} is ours: the signing keys could not be fetched from
 * Keycloak (it is down and this instance has not cached its keys yet, e.g. it started while Keycloak was down); that
 * answers 503 with {@code Retry-After} instead of the 500 Spring Security would give.
 */
class TokenCheckFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(TokenCheckFailureHandler.class);
    static final String DETAIL = "Access tokens cannot be checked right now: the identity provider cannot be reached; retry shortly";

    private final ProblemSecurityHandlers problems;

    TokenCheckFailureHandler(ProblemSecurityHandlers problems) {
        this.problems = problems;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        if (failure instanceof AuthenticationServiceException) {
            log.warn("Answered 503: a token could not be checked ({})", failure.getMessage());
            problems.unavailable(response, DETAIL);
            return;
        }
        problems.commence(request, response, failure);
    }
}
