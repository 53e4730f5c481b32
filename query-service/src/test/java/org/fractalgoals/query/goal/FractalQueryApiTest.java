package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FractalQueryApiTest extends QueryServiceTest {

    @Autowired
    private EventWriter events;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();

    private record Written(UUID fractalId, ConsistencyToken token) {
    }

    private Written writeFractal(String owner, String name) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        ConsistencyToken token = events.append(id, 0, new FractalCreated(id, owner, now),
                                               new GoalCreated(id, id, null, GoalLevel.LONG_TERM, name, "why", null, null,
                                                               owner, now));
        return new Written(id, token);
    }

    private Response tree(String user, Written written) {
        return api.get("/api/v1/fractals/" + written.fractalId() + "/tree").token(TestTokens.forUser(user))
                  .header(ConsistencyToken.HEADER, written.token().encode()).send();
    }

    @Test
    void a_query_with_the_consistency_token_sees_events_written_by_another_process_at_once() {
        Written written = writeFractal(alice, "Read my writes");

        Response response = tree(alice, written);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().get("name").asText()).isEqualTo("Read my writes");
        assertThat(response.body().get("level").asText()).isEqualTo("LONG_TERM");
        assertThat(response.body().get("children").isArray()).isTrue();
        assertThat(response.body().get("smart").get("specific").asBoolean()).isTrue();
        assertThat(response.header("ETag")).hasValue("\"1\"");
    }

    @Test
    void the_list_shows_only_the_callers_fractals() {
        Written mine = writeFractal(alice, "Mine");
        Written theirs = writeFractal(bob, "Theirs");

        Response list = api.get("/api/v1/fractals").token(TestTokens.forUser(alice))
                           .header(ConsistencyToken.HEADER, ConsistencyToken.of(
                                   List.of(mine.token().positions().last(), theirs.token().positions().last())).encode())
                           .send();

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("items")).hasSize(1);
        assertThat(list.body().get("items").get(0).get("id").asText()).isEqualTo(mine.fractalId().toString());
        assertThat(list.body().get("items").get(0).get("name").asText()).isEqualTo("Mine");
        assertThat(list.body().has("nextCursor")).isTrue();
    }

    @Test
    void someone_elses_fractal_is_404_like_a_missing_one() {
        Written written = writeFractal(alice, "Private");
        Response foreign = tree(bob, written);
        Response missing = tree(bob, new Written(UUID.randomUUID(), written.token()));
        Response malformed = api.get("/api/v1/fractals/not-a-uuid/tree").token(TestTokens.forUser(bob)).send();

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(foreign.body().get("detail")).isEqualTo(missing.body().get("detail"));
        assertThat(foreign.body().get("type")).isEqualTo(missing.body().get("type"));
    }

    @Test
    void no_token_is_401() {
        assertThat(api.get("/api/v1/fractals").send().status()).isEqualTo(401);
    }

    @Test
    void a_token_the_read_models_never_reach_answers_503_with_retry_after() {
        Written written = writeFractal(alice, "Later");
        long beyond = written.token().positions().last() + 1_000_000;
        Response response = api.get("/api/v1/fractals/" + written.fractalId() + "/tree").token(TestTokens.forUser(alice))
                               .header(ConsistencyToken.HEADER, ConsistencyToken.of(List.of(beyond)).encode()).send();

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).hasValue("1");
        assertThat(response.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:not-yet-consistent");
    }

    @Test
    void a_malformed_consistency_token_is_400() {
        Response response = api.get("/api/v1/fractals").token(TestTokens.forUser(alice))
                               .header(ConsistencyToken.HEADER, "v9.garbage").send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo(ConsistencyToken.HEADER);
    }

    @Test
    void page_sizes_outside_1_to_200_are_refused() {
        for (String limit : List.of("0", "201", "abc")) {
            Response response = api.get("/api/v1/fractals?limit=" + limit).token(TestTokens.forUser(alice)).send();
            assertThat(response.status()).as(limit).isEqualTo(400);
            assertThat(response.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:validation");
        }
    }
}
