package org.fractalgoals.query.security;

import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser is told about our answers: nothing may be loaded, framed or sniffed, and only our app may call. */
class SecurityHeadersApiTest extends QueryServiceTest {

    @Test
    void api_answers_forbid_loading_framing_and_sniffing_and_send_no_referrer() {
        Response response = api.get("/api/v1/fractals").token(TestTokens.forUser(TestTokens.newUserId())).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Security-Policy")).hasValue(
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.header("X-Frame-Options")).hasValue("DENY");
        assertThat(response.header("Referrer-Policy")).hasValue("no-referrer");
        // Plain HTTP here: HSTS is only sent over TLS, where it means something.
        assertThat(response.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void problem_answers_carry_the_same_headers() {
        Response response = api.get("/api/v1/fractals").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("default-src 'none'"));
        assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void swagger_ui_may_run_its_own_scripts_but_no_inline_ones() {
        Response response = api.get("/swagger-ui/index.html").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(policy -> {
            assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(policy.split("script-src")[1].split(";")[0]).doesNotContain("unsafe-inline");
        });
    }

    @Test
    void only_the_web_origin_may_call_from_a_browser() {
        Response allowed = api.method("OPTIONS", "/api/v1/fractals", null)
                              .header("Origin", "http://localhost:8080")
                              .header("Access-Control-Request-Method", "POST")
                              .header("Access-Control-Request-Headers", "authorization,idempotency-key").send();
        Response refused = api.method("OPTIONS", "/api/v1/fractals", null)
                              .header("Origin", "https://evil.example")
                              .header("Access-Control-Request-Method", "GET").send();

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");
        assertThat(allowed.header("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers.toLowerCase()).contains("authorization").contains("idempotency-key"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isEmpty();
    }
}
