package org.fractalgoals.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;

/** A token we could not check (keys unreachable) is our 503; a bad token stays the caller's 401. */
class TokenCheckFailureHandlerTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final TokenCheckFailureHandler handler = new TokenCheckFailureHandler(new ProblemSecurityHandlers(mapper));

    @Test
    void keys_that_cannot_be_fetched_answer_503_with_retry_after() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(new MockHttpServletRequest(), response, new AuthenticationServiceException(
                "An error occurred while attempting to decode the Jwt: Couldn't retrieve remote JWK set"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = mapper.readTree(response.getContentAsString());
        assertThat(problem.get("type").asText()).isEqualTo("urn:fractal-goals:problem:unavailable");
        assertThat(problem.get("detail").asText()).contains("identity provider");
    }

    @Test
    void a_bad_token_answers_401_with_the_bearer_challenge() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(new MockHttpServletRequest(), response, new InvalidBearerTokenException("expired"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo(BearerChallenge.UNAUTHENTICATED);
        assertThat(mapper.readTree(response.getContentAsString()).get("type").asText())
                .isEqualTo("urn:fractal-goals:problem:unauthenticated");
    }
}
