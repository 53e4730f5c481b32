package org.fractalgoals.command.goal;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalDescriptionChanged;
import org.fractalgoals.events.goal.GoalEvent;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The goal endpoints of the command-service over HTTP, against the real event store. */
class GoalCommandApiTest extends CommandServiceTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Cache fractalCache;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();

    private UUID create(String path, Map<String, Object> body) {
        Response response = api.post(path, body).token(TestTokens.forUser(alice)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asText());
    }

    private Response send(String method, String path, String user, String json, Map<String, String> headers) {
        ApiClient.Request request = api.method(method, path, json).token(TestTokens.forUser(user));
        headers.forEach(request::header);
        return request.send();
    }

    private List<Object> events(UUID fractal) {
        return eventStore.readEvents(fractal.toString(), 0).asStream().map(DomainEventMessage::getPayload)
                         .map(Object.class::cast).toList();
    }

    @Test
    void patch_changes_what_was_sent_clears_what_was_null_and_keeps_what_was_left_out() {
        UUID fractal = create("/api/v1/fractals", Map.of("name", "Piano", "description", "Chopin", "relevance", "joy"));
        Response patched = send("PATCH", "/api/v1/fractals/" + fractal, alice,
                                "{\"name\": \"Grand piano\", \"description\": null}", Map.of());

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.header("X-Consistency-Token")).isPresent();
        List<Object> events = events(fractal);
        assertThat(events.subList(2, events.size())).containsExactly(
                new GoalRenamed(fractal, fractal, "Grand piano", alice, ((GoalRenamed) events.get(2)).occurredAt()),
                new GoalDescriptionChanged(fractal, fractal, null, alice, ((GoalRenamed) events.get(2)).occurredAt()));
    }

    /** A fractal in use is not loaded again for every command (Axon's weak-reference cache lost it at every GC). */
    @Test
    void a_fractal_in_use_stays_cached_across_garbage_collections() {
        UUID fractal = create("/api/v1/fractals", Map.of("name", "Cello"));
        assertThat(send("PATCH", "/api/v1/fractals/" + fractal, alice, "{\"name\": \"Cello suites\"}", Map.of())
                           .status()).isEqualTo(200);

        System.gc();
        System.gc();

        assertThat(fractalCache.containsKey(fractal.toString())).isTrue();
    }

    @Test
    void rule_violations_name_the_field() {
        UUID fractal = create("/api/v1/fractals", Map.of("name", "Piano", "deadline", "2030-01-01"));
        Response late = send("POST", "/api/v1/fractals/" + fractal + "/goals", alice,
                             "{\"parentId\": \"" + fractal + "\", \"name\": \"x\", \"deadline\": \"2031-01-01\"}", Map.of());
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body().get("errors").get(0).get("field").asText()).isEqualTo("deadline");

        Response blank = send("PATCH", "/api/v1/fractals/" + fractal + "/goals/" + fractal, alice, "{\"name\": null}", Map.of());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("errors").get(0).get("field").asText()).isEqualTo("name");

        Response noThresholds = send("POST", "/api/v1/fractals/" + fractal + "/goals/" + fractal + "/targets", alice,
                                     "{\"name\": \"t\", \"activityId\": \"" + UUID.randomUUID() + "\", \"thresholds\": []}",
                                     Map.of());
        assertThat(noThresholds.status()).isEqualTo(400);
        assertThat(noThresholds.body().get("errors").get(0).get("field").asText()).isEqualTo("thresholds");

        Response badOperator = send("POST", "/api/v1/fractals/" + fractal + "/goals/" + fractal + "/targets", alice,
                                    "{\"name\": \"t\", \"activityId\": \"" + UUID.randomUUID() + "\", \"thresholds\": "
                                            + "[{\"metricId\": \"" + UUID.randomUUID() + "\", \"operator\": \"ABOUT\", \"value\": 3}]}",
                                    Map.of());
        assertThat(badOperator.status()).isEqualTo(400);
        assertThat(badOperator.body().get("errors").get(0).get("field").asText()).isEqualTo("thresholds[0].operator");
    }

    @Test
    void if_match_with_a_stale_goal_version_answers_412_and_changes_nothing() {
        UUID fractal = create("/api/v1/fractals", Map.of("name", "Piano"));
        UUID goal = create("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", fractal, "name", "Nocturnes"));
        // FractalCreated is 0, the root 1, the goal 2.
        Response stale = send("POST", "/api/v1/fractals/" + fractal + "/goals/" + goal + "/complete", alice, null,
                              Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(events(fractal)).hasSize(3);
        Response current = send("POST", "/api/v1/fractals/" + fractal + "/goals/" + goal + "/complete", alice, null,
                                Map.of("If-Match", "\"2\""));
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(events(fractal)).hasSize(4);
    }

    @Test
    void every_goal_endpoint_answers_404_for_someone_elses_fractal_and_changes_nothing() {
        UUID fractal = create("/api/v1/fractals", Map.of("name", "Private"));
        UUID goal = create("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", fractal, "name", "Secret"));
        UUID target = create("/api/v1/fractals/" + fractal + "/goals/" + goal + "/targets",
                             Map.of("name", "t", "activityId", UUID.randomUUID(),
                                    "thresholds", List.of(Map.of("metricId", UUID.randomUUID(), "operator", "GTE", "value", 1))));
        String base = "/api/v1/fractals/" + fractal;
        String goalPath = base + "/goals/" + goal;
        Map<String, String> calls = new HashMap<>();
        calls.put("PATCH " + base, "{\"name\":\"x\"}");
        calls.put("DELETE " + base, null);
        calls.put("POST " + base + "/goals", "{\"parentId\":\"" + fractal + "\",\"name\":\"x\"}");
        calls.put("PATCH " + goalPath, "{\"name\":\"x\"}");
        calls.put("DELETE " + goalPath, null);
        calls.put("POST " + goalPath + "/move", "{\"parentId\":\"" + fractal + "\"}");
        calls.put("POST " + goalPath + "/complete", null);
        calls.put("POST " + goalPath + "/uncomplete", null);
        calls.put("POST " + goalPath + "/targets", "{}");
        calls.put("PATCH " + goalPath + "/targets/" + target, "{}");
        calls.put("DELETE " + goalPath + "/targets/" + target, null);
        int before = events(fractal).size();
        List<String> failures = new ArrayList<>();
        calls.forEach((call, body) -> {
            String[] parts = call.split(" ", 2);
            Response response = send(parts[0], parts[1], bob, body, Map.of());
            if (response.status() != 404) {
                failures.add(call + " → " + response);
            }
        });
        assertThat(failures).isEmpty();
        assertThat(events(fractal)).hasSize(before);
    }

    @Test
    void deleting_a_goal_deletes_its_subtree_and_later_calls_on_it_are_404() {
        UUID fractal = create("/api/v1/fractals", Map.of("name", "Piano"));
        UUID longTerm = create("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", fractal, "name", "A"));
        UUID midTerm = create("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", longTerm, "name", "B"));

        Response deleted = send("DELETE", "/api/v1/fractals/" + fractal + "/goals/" + longTerm, alice, null, Map.of());
        assertThat(deleted.status()).isEqualTo(204);
        GoalDeleted event = (GoalDeleted) events(fractal).getLast();
        assertThat(event.removedGoalIds()).containsExactlyInAnyOrder(longTerm, midTerm);
        assertThat(send("POST", "/api/v1/fractals/" + fractal + "/goals/" + midTerm + "/complete", alice, null, Map.of())
                           .status()).isEqualTo(404);
    }

    @Test
    void a_deleted_fractal_answers_404_to_its_owner_too() {
        UUID fractal = create("/api/v1/fractals", Map.of("name", "Gone soon"));
        assertThat(send("DELETE", "/api/v1/fractals/" + fractal, alice, null, Map.of()).status()).isEqualTo(204);
        assertThat(send("PATCH", "/api/v1/fractals/" + fractal, alice, "{\"name\":\"x\"}", Map.of()).status()).isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/fractals/" + fractal, alice, null, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void a_long_stream_is_snapshotted_and_loads_from_the_snapshot_after_the_cache_is_cleared() {
        UUID fractal = create("/api/v1/fractals", Map.of("name", "Busy"));
        UUID parent = create("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", fractal, "name", "Parent"));
        for (int i = 0; i < 260; i++) {
            send("PATCH", "/api/v1/fractals/" + fractal + "/goals/" + parent, alice, "{\"name\":\"Parent " + i + "\"}", Map.of());
        }
        Integer snapshots = jdbc.queryForObject(
                "select count(*) from eventstore.snapshotevententry where aggregateidentifier = ?", Integer.class,
                fractal.toString());
        assertThat(snapshots).isPositive();
        String snapshot = jdbc.queryForObject("select convert_from(payload, 'UTF8') from eventstore.snapshotevententry "
                                                      + "where aggregateidentifier = ? limit 1", String.class, fractal.toString());
        assertThat(snapshot).doesNotContain("Parent");

        fractalCache.removeAll();
        Response target = send("POST", "/api/v1/fractals/" + fractal + "/goals/" + parent + "/targets", alice,
                               "{\"name\":\"t\",\"activityId\":\"" + UUID.randomUUID() + "\",\"thresholds\":[{\"metricId\":\""
                                       + UUID.randomUUID() + "\",\"operator\":\"GTE\",\"value\":1}]}", Map.of());
        assertThat(target.status()).as(target.toString()).isEqualTo(201);
        Response late = send("POST", "/api/v1/fractals/" + fractal + "/goals", alice,
                             "{\"parentId\":\"" + parent + "\",\"name\":\"child\",\"level\":\"LONG_TERM\"}", Map.of());
        assertThat(late.status()).isEqualTo(400);
        assertThat(events(fractal).getLast()).isInstanceOf(TargetAdded.class);
        assertThat(events(fractal)).allMatch(GoalEvent.class::isInstance);
    }
}
