package org.fractalgoals.query.security;

import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.AuthorizationMatrix;
import org.fractalgoals.testsupport.OpenApiDocument;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every read of the OpenAPI document, called by someone who must not get an answer. */
class AuthorizationMatrixTest extends QueryServiceTest {

    /** Reads that only ever answer about the caller: there is no one else's id to put in them. */
    private static final Set<String> CALLERS_OWN = Set.of(
            "GET /api/v1/fractals",
            "GET /api/v1/me",
            "GET /api/v1/me/export");

    @Autowired
    private EventWriter events;

    @Test
    void no_endpoint_answers_without_a_valid_token_another_users_fractal_or_admin_calls_of_non_admins() {
        String owner = TestTokens.newUserId();
        UUID fractal = UUID.randomUUID();
        Instant now = Instant.parse("2026-01-05T10:00:00Z");
        events.append(fractal, 0, new FractalCreated(fractal, owner, now),
                      new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Private goal", null, null, null,
                                      owner, now));
        OpenApiDocument document = new OpenApiDocument(api.get("/v3/api-docs").send().body());

        assertThat(document.operations()).hasSizeGreaterThan(20);
        assertThat(new AuthorizationMatrix(api, fractal.toString(), CALLERS_OWN).check(document)).isEmpty();
    }
}
