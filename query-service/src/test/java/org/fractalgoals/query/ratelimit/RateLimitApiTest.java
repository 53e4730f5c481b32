package org.fractalgoals.query.ratelimit;

import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits in front of the API, made small here so that a test can reach them. */
@TestPropertySource(properties = {
        "fractal.rate-limits.user.capacity=5", "fractal.rate-limits.user.refill=1",
        "fractal.rate-limits.user.period=PT1H",
        "test.address-bucket=3", "fractal.rate-limits.address.refill=1",
        "fractal.rate-limits.address.period=PT1H",
        "fractal.rate-limits.export.capacity=1", "fractal.rate-limits.export.refill=1",
        "fractal.rate-limits.export.period=PT1H",
        // The real replay bucket: one a minute (the base class raises it for the other tests).
        "test.replay-bucket=1"})
class RateLimitApiTest extends QueryServiceTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String database = SharedPostgres.newDatabase("query_ratelimit");
        registry.add("test.database", () -> database);
    }


    @Test
    void a_user_over_the_limit_gets_429_with_retry_after_and_others_are_not_affected() {
        String token = TestTokens.forUser(TestTokens.newUserId());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(api.get("/api/v1/fractals").token(token).send().status());
        }

        Response refused = api.get("/api/v1/fractals").token(token).send();

        assertThat(statuses).containsOnly(200);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(3000L, 3600L));
        assertThat(refused.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:rate-limited");
        assertThat(refused.body().get("status").asInt()).isEqualTo(429);
        assertThat(api.get("/api/v1/fractals").token(TestTokens.forUser(TestTokens.newUserId())).send().status())
                .isEqualTo(200);
    }

    @Test
    void calls_without_a_token_are_limited_per_forwarded_client_address_and_probes_never() {
        String address = "198.51.100." + (int) (Math.random() * 200);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(api.get("/api/v1/fractals").header("X-Forwarded-For", "10.1.1.1, " + address).send().status());
        }

        assertThat(statuses).containsExactly(401, 401, 401, 429);
        assertThat(api.get("/api/v1/fractals").header("X-Forwarded-For", "203.0.113.77").send().status()).isEqualTo(401);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/actuator/health/liveness").header("X-Forwarded-For", address).send().status())
                    .isEqualTo(200);
        }
    }

    @Test
    void exports_have_a_bucket_of_their_own() {
        String token = TestTokens.forUser(TestTokens.newUserId());

        Response first = api.get("/api/v1/me/export").token(token).send();
        Response second = api.get("/api/v1/me/export").token(token).send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.body().get("detail").asText()).contains("data exports");
        assertThat(api.get("/api/v1/fractals").token(token).send().status()).isEqualTo(200);
    }

    @Test
    void replays_have_a_bucket_of_one_a_minute() {
        String admin = TestTokens.forUser(TestTokens.newUserId(), "admin");

        Response first = api.post("/api/v1/admin/projections/notes/replay", null).token(admin).send();
        Response second = api.post("/api/v1/admin/projections/notes/replay", null).token(admin).send();

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.body().get("detail").asText()).contains("read-model rebuilds");
        assertThat(second.header("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
    }
}
