package org.fractalgoals.command.goal;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FractalCommandApiTest extends CommandServiceTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();

    private Response createFractal(String user, Object body) {
        return api.post("/api/v1/fractals", body).token(TestTokens.forUser(user)).send();
    }

    private UUID newFractal(String user, String name) {
        Response response = createFractal(user, Map.of("name", name));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asText());
    }

    private List<? extends DomainEventMessage<?>> eventsOf(UUID fractalId) {
        return eventStore.readEvents(fractalId.toString()).asStream().toList();
    }

    @Test
    void a_request_without_a_token_is_refused_with_a_problem() {
        Response response = api.post("/api/v1/fractals", Map.of("name", "x")).send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:unauthenticated");
    }

    @Test
    void expired_tokens_and_tokens_for_another_issuer_or_audience_are_refused() {
        for (String token : List.of(TestTokens.expired(alice),
                                    TestTokens.withIssuer(alice, "http://localhost:8180/realms/other"),
                                    TestTokens.withAudience(alice, "someone-else"))) {
            Response response = api.post("/api/v1/fractals", Map.of("name", "x")).token(token).send();
            assertThat(response.status()).isEqualTo(401);
        }
    }

    @Test
    void creating_a_fractal_answers_201_with_location_id_and_a_consistency_token_for_both_events() {
        Response response = createFractal(alice, Map.of("name", "Learn piano", "description", "Play Chopin"));

        assertThat(response.status()).isEqualTo(201);
        UUID id = UUID.fromString(response.body().get("id").asText());
        assertThat(response.header("Location")).hasValue("/api/v1/fractals/" + id);
        ConsistencyToken token = ConsistencyToken.decode(response.header(ConsistencyToken.HEADER).orElseThrow());
        List<Long> positions = jdbc.queryForList(
                "select globalindex from eventstore.domainevententry where aggregateidentifier = ? order by globalindex",
                Long.class, id.toString());
        assertThat(positions).hasSize(2);
        assertThat(token.positions()).containsExactlyElementsOf(positions);

        GoalCreated root = (GoalCreated) eventsOf(id).get(1).getPayload();
        assertThat(root.name()).isEqualTo("Learn piano");
        assertThat(root.description()).isEqualTo("Play Chopin");
        assertThat(root.level()).isEqualTo(GoalLevel.ULTIMATE);
        assertThat(root.ownerId()).isEqualTo(alice);
        assertThat(eventsOf(id).get(1).getMetaData()).containsEntry("actor", alice);
    }

    @Test
    void invalid_fields_are_answered_with_field_errors() {
        Response blank = createFractal(alice, Map.of("name", " ", "description", "d"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:validation");
        assertThat(blank.body().get("errors").get(0).get("field").asText()).isEqualTo("name");

        Response badLevel = createFractal(alice, Map.of("name", "x", "level", "GIGANTIC"));
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.body().get("errors").get(0).get("field").asText()).isEqualTo("level");

        Response immediateRoot = createFractal(alice, Map.of("name", "x", "level", "IMMEDIATE"));
        assertThat(immediateRoot.status()).isEqualTo(400);
        assertThat(immediateRoot.body().get("errors").get(0).get("field").asText()).isEqualTo("level");

        Response notJson = createFractal(alice, "{\"name\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:malformed-request");
    }

    @Test
    void a_goal_is_added_under_its_parent_at_the_next_level_by_default() {
        UUID fractal = newFractal(alice, "Health");
        Response response = api.post("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", fractal, "name", "Run"))
                               .token(TestTokens.forUser(alice)).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        UUID goalId = UUID.fromString(response.body().get("id").asText());
        assertThat(response.header("Location")).hasValue("/api/v1/fractals/" + fractal + "/goals/" + goalId);
        GoalCreated created = (GoalCreated) eventsOf(fractal).get(2).getPayload();
        assertThat(created.goalId()).isEqualTo(goalId);
        assertThat(created.level()).isEqualTo(GoalLevel.LONG_TERM);
        assertThat(created.parentId()).isEqualTo(fractal);
    }

    @Test
    void someone_elses_fractal_answers_404_before_the_body_is_looked_at() {
        UUID fractal = newFractal(alice, "Private");
        for (Object body : List.of(Map.of("parentId", fractal, "name", "sneaky"), Map.of(), "{not json")) {
            Response response = api.post("/api/v1/fractals/" + fractal + "/goals", body)
                                   .token(TestTokens.forUser(bob)).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:not-found");
        }
        Response missing = api.post("/api/v1/fractals/" + UUID.randomUUID() + "/goals", Map.of())
                              .token(TestTokens.forUser(bob)).send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("detail")).isEqualTo(
                api.post("/api/v1/fractals/" + fractal + "/goals", Map.of()).token(TestTokens.forUser(bob)).send()
                   .body().get("detail"));
        assertThat(eventsOf(fractal)).hasSize(2);
    }

    @Test
    void a_stale_if_match_answers_412_and_changes_nothing() {
        UUID fractal = newFractal(alice, "Versioned");
        Response stale = api.post("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", fractal, "name", "a"))
                            .token(TestTokens.forUser(alice)).header("If-Match", "\"0\"").send();
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(eventsOf(fractal)).hasSize(2);

        Response current = api.post("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", fractal, "name", "a"))
                              .token(TestTokens.forUser(alice)).header("If-Match", "\"1\"").send();
        assertThat(current.status()).as(current.toString()).isEqualTo(201);
    }

    @Test
    void typed_text_never_reaches_the_event_table_in_clear() {
        String secret = "Secret-" + UUID.randomUUID();
        UUID fractal = newFractal(alice, secret + " name");
        api.post("/api/v1/fractals/" + fractal + "/goals",
                 Map.of("parentId", fractal, "name", secret + " child", "description", secret + " why",
                        "relevance", secret + " because"))
           .token(TestTokens.forUser(alice)).send();

        List<String> stored = jdbc.query("select payload, metadata from eventstore.domainevententry where aggregateidentifier = ?",
                                         (rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)
                                                 + new String(rs.getBytes(2), StandardCharsets.UTF_8),
                                         fractal.toString());
        assertThat(stored).hasSize(3);
        assertThat(stored).noneMatch(row -> row.contains("Secret-"));
        assertThat(stored.get(1)).contains("\"name\":\"pd1:");
        assertThat(stored.get(1)).contains(alice);
        GoalCreated child = (GoalCreated) eventsOf(fractal).get(2).getPayload();
        assertThat(child.description()).isEqualTo(secret + " why");
    }

    @Test
    void each_user_has_a_data_key_of_their_own_stored_wrapped() {
        newFractal(alice, "A");
        newFractal(bob, "B");
        List<byte[]> keys = jdbc.query("select wrapped_key from eventstore.user_data_key where owner_id in (?, ?)",
                                       (rs, n) -> rs.getBytes(1), alice, bob);
        assertThat(keys).hasSize(2);
        // A wrapped AES-256 key is nonce (12) + key (32) + tag (16) bytes.
        assertThat(keys).allMatch(key -> key.length == 60);
        assertThat(keys.get(0)).isNotEqualTo(keys.get(1));
    }

    @Test
    void the_list_of_problems_never_includes_a_stack_trace() {
        Response response = createFractal(alice, Map.of("name", "x", "deadline", "not-a-date"));
        assertThat(response.status()).isEqualTo(400);
        JsonNode body = response.body();
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("deadline");
        assertThat(response.text()).doesNotContain("Exception");
    }
}
