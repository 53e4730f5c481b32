package org.fractalgoals.command.security;

import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.AuthorizationMatrix;
import org.fractalgoals.testsupport.OpenApiDocument;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command of the OpenAPI document, sent by someone who must not get it applied. */
class AuthorizationMatrixTest extends CommandServiceTest {

    /** Commands that only ever act on the caller: there is no one else's id to put in them. */
    private static final Set<String> CALLERS_OWN = Set.of(
            "POST /api/v1/fractals",
            // An import goes into the caller's account; reading one that is not the caller's answers 404.
            "POST /api/v1/imports",
            "GET /api/v1/imports/{importId}",
            "POST /api/v1/me/terms",
            "DELETE /api/v1/me");

    @Test
    void no_command_is_applied_without_a_valid_token_on_another_users_fractal_or_for_a_non_admin() {
        Response created = api.post("/api/v1/fractals", Map.of("name", "Private goal"))
                              .token(TestTokens.forUser(TestTokens.newUserId())).send();
        assertThat(created.status()).isEqualTo(201);
        OpenApiDocument document = new OpenApiDocument(api.get("/v3/api-docs").send().body());

        assertThat(document.operations()).hasSizeGreaterThan(30);
        assertThat(new AuthorizationMatrix(api, created.body().get("id").asText(), CALLERS_OWN).check(document))
                .isEmpty();
    }
}
