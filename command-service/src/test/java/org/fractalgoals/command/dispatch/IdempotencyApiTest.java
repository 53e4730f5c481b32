package org.fractalgoals.command.dispatch;

import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyApiTest extends CommandServiceTest {

    @Autowired
    private JdbcTemplate jdbc;

    private final String user = TestTokens.newUserId();

    private Response create(String key, Object body) {
        return api.post("/api/v1/fractals", body).token(TestTokens.forUser(user)).header("Idempotency-Key", key).send();
    }

    private int fractalsOf(String owner) {
        return jdbc.queryForObject("select count(*) from fractal_owner where owner_id = ?", Integer.class, owner);
    }

    @Test
    void a_repeated_request_returns_the_first_answer_and_applies_nothing_twice() {
        String key = UUID.randomUUID().toString();
        Response first = create(key, Map.of("name", "Once"));
        Response second = create(key, Map.of("name", "Once"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("X-Consistency-Token")).isEqualTo(first.header("X-Consistency-Token"));
        assertThat(second.header("Idempotent-Replayed")).hasValue("true");
        assertThat(fractalsOf(user)).isEqualTo(1);
    }

    @Test
    void the_same_key_with_a_different_body_answers_422() {
        String key = UUID.randomUUID().toString();
        assertThat(create(key, Map.of("name", "One")).status()).isEqualTo(201);
        Response other = create(key, Map.of("name", "Two"));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:idempotency-key-reused");
        assertThat(fractalsOf(user)).isEqualTo(1);
    }

    @Test
    void keys_are_per_user() {
        String key = UUID.randomUUID().toString();
        String other = TestTokens.newUserId();
        assertThat(create(key, Map.of("name", "Mine")).status()).isEqualTo(201);
        Response theirs = api.post("/api/v1/fractals", Map.of("name", "Mine")).token(TestTokens.forUser(other))
                             .header("Idempotency-Key", key).send();
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isEmpty();
        assertThat(fractalsOf(other)).isEqualTo(1);
    }

    @Test
    void an_expired_key_counts_as_new_and_then_answers_its_own_request() {
        String key = UUID.randomUUID().toString();
        Response first = create(key, Map.of("name", "Before"));
        jdbc.update("update idempotency_record set expires_at = now() - interval '1 second' "
                            + "where owner_id = ? and idempotency_key = ?::uuid", user, key);

        Response after = create(key, Map.of("name", "After"));
        Response repeated = create(key, Map.of("name", "After"));

        assertThat(after.status()).isEqualTo(201);
        assertThat(after.header("Idempotent-Replayed")).isEmpty();
        assertThat(after.body().get("id")).isNotEqualTo(first.body().get("id"));
        assertThat(repeated.header("Idempotent-Replayed")).hasValue("true");
        assertThat(repeated.body()).isEqualTo(after.body());
        assertThat(create(key, Map.of("name", "Before")).status()).isEqualTo(422);
        assertThat(fractalsOf(user)).isEqualTo(2);
    }

    @Test
    void a_key_that_is_not_a_uuid_is_refused() {
        Response response = create("not-a-uuid", Map.of("name", "x"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(fractalsOf(user)).isZero();
    }

    @Test
    void concurrent_duplicates_apply_once_and_all_get_the_same_answer() throws Exception {
        String key = UUID.randomUUID().toString();
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            calls.add(() -> {
                start.await();
                return create(key, Map.of("name", "Concurrent"));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Response>> futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            assertThat(responses).allMatch(response -> response.status() == 201);
            assertThat(responses.stream().map(response -> response.body().get("id").asText()).distinct()).hasSize(1);
            assertThat(responses.stream().filter(response -> response.header("Idempotent-Replayed").isPresent()))
                    .hasSize(callers - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fractalsOf(user)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from eventstore.domainevententry e join fractal_owner o "
                                               + "on e.aggregateidentifier = o.fractal_id::text where o.owner_id = ?",
                                       Integer.class, user)).isEqualTo(2);
    }
}
