package org.fractalgoals.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.messaging.MetaData;
import org.fractalgoals.events.goal.ComparisonOperator;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalDescriptionChanged;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalRelevanceChanged;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.events.goal.ReopenCause;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.platform.web.SequenceCursor;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The goal history through the event store and HTTP, as a client sees it. */
class GoalHistoryApiTest extends QueryServiceTest {

    private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");

    @Autowired
    private EventWriter events;
    @Autowired
    private JdbcTemplate jdbc;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    private final UUID goal = UUID.randomUUID();

    /** Alice's fractal (sequence 0, 1) with the goal "Run" under its root (sequence 2). */
    private ConsistencyToken aFractalWithAGoal() {
        return events.append(fractal, 0,
                             new FractalCreated(fractal, alice, T),
                             new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Be fit", null, null, null,
                                             alice, T),
                             new GoalCreated(fractal, goal, fractal, GoalLevel.MID_TERM, "Run", "Because",
                                             LocalDate.parse("2026-06-30"), null, alice, T.plusSeconds(1)));
    }

    private Response history(String user, String query, ConsistencyToken token) {
        ApiClient.Request request = api.get("/api/v1/fractals/" + fractal + "/goals/" + goal + "/history" + query)
                                       .token(TestTokens.forUser(user));
        if (token != null) {
            request.header(ConsistencyToken.HEADER, token.encode());
        }
        return request.send();
    }

    private static ConsistencyToken all(ConsistencyToken... tokens) {
        List<Long> positions = new ArrayList<>();
        for (ConsistencyToken token : tokens) {
            positions.addAll(token.positions());
        }
        return ConsistencyToken.of(positions);
    }

    private static List<String> texts(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get(field).asText()).toList();
    }

    private static Threshold atLeast(UUID metric, String value) {
        return new Threshold(metric, ComparisonOperator.GTE, new BigDecimal(value));
    }

    @Test
    void the_history_lists_the_goals_and_its_targets_events_oldest_first_with_the_values_before_and_after() {
        UUID other = UUID.randomUUID();
        UUID target = UUID.randomUUID();
        UUID dropped = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        UUID metric = UUID.randomUUID();
        ConsistencyToken first = aFractalWithAGoal();
        ConsistencyToken token = all(first, events.append(
                fractal, 3,
                new GoalRenamed(fractal, goal, "Run 10k", alice, T.plusSeconds(3)),
                new GoalDescriptionChanged(fractal, goal, null, alice, T.plusSeconds(4)),
                new GoalDeadlineChanged(fractal, goal, LocalDate.parse("2026-05-31"), alice, T.plusSeconds(5)),
                new GoalRelevanceChanged(fractal, goal, "Health", alice, T.plusSeconds(6)),
                new GoalCreated(fractal, other, fractal, GoalLevel.LONG_TERM, "Other", null, null, null, alice,
                                T.plusSeconds(7)),
                new GoalMoved(fractal, goal, fractal, other, alice, T.plusSeconds(8)),
                new TargetAdded(fractal, goal, target, "5 km", activity, List.of(atLeast(metric, "5.5")), alice,
                                T.plusSeconds(9)),
                new TargetChanged(fractal, goal, target, "5 km fast", activity, List.of(atLeast(metric, "5.50")), alice,
                                  T.plusSeconds(10)),
                new TargetChanged(fractal, goal, target, "5 km fast", activity, List.of(atLeast(metric, "6")), alice,
                                  T.plusSeconds(11)),
                new TargetAdded(fractal, goal, dropped, "Dropped", activity, List.of(atLeast(metric, "1")), alice,
                                T.plusSeconds(12)),
                new TargetRemoved(fractal, goal, dropped, alice, T.plusSeconds(13)),
                new GoalRenamed(fractal, fractal, "Be very fit", alice, T.plusSeconds(14)),
                new GoalCompleted(fractal, goal, CompletionSource.MANUAL, null, alice, T.plusSeconds(15)),
                new GoalUncompleted(fractal, goal, alice, T.plusSeconds(16))));

        Response response = history(alice, "", token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode items = response.body().get("items");
        assertThat(response.body().get("nextCursor").isNull()).isTrue();
        assertThat(texts(items, "type")).containsExactly(
                "GoalCreated", "GoalRenamed", "GoalDescriptionChanged", "GoalDeadlineChanged", "GoalRelevanceChanged",
                "GoalMoved", "TargetAdded", "TargetChanged", "TargetChanged", "TargetAdded", "TargetRemoved",
                "GoalCompleted", "GoalUncompleted");
        assertThat(texts(items, "sequence")).containsExactly("2", "3", "4", "5", "6", "8", "9", "10", "11", "12", "13",
                                                             "15", "16");
        assertThat(texts(items, "actor")).containsOnly(alice);
        assertThat(items.get(0).get("occurredAt").asText()).isEqualTo("2026-01-05T10:00:01Z");
        List<String> fields = new ArrayList<>();
        items.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("sequence", "type", "occurredAt", "actor", "change");

        assertThat(items.get(0).get("change")).isEqualTo(json(
                "{'name': 'Run', 'level': 'MID_TERM', 'parentId': '" + fractal + "', 'description': 'Because', "
                        + "'deadline': '2026-06-30', 'relevance': null}"));
        assertThat(items.get(1).get("change")).isEqualTo(json("{'name': {'before': 'Run', 'after': 'Run 10k'}}"));
        assertThat(items.get(2).get("change")).isEqualTo(json("{'description': {'before': 'Because', 'after': null}}"));
        assertThat(items.get(3).get("change")).isEqualTo(
                json("{'deadline': {'before': '2026-06-30', 'after': '2026-05-31'}}"));
        assertThat(items.get(4).get("change")).isEqualTo(json("{'relevance': {'before': null, 'after': 'Health'}}"));
        assertThat(items.get(5).get("change")).isEqualTo(
                json("{'parentId': {'before': '" + fractal + "', 'after': '" + other + "'}}"));
        JsonNode added = items.get(6).get("change");
        assertThat(added.get("targetId").asText()).isEqualTo(target.toString());
        assertThat(added.get("name").asText()).isEqualTo("5 km");
        assertThat(added.get("activityId").asText()).isEqualTo(activity.toString());
        assertThat(added.get("thresholds").get(0).get("metricId").asText()).isEqualTo(metric.toString());
        assertThat(added.get("thresholds").get(0).get("operator").asText()).isEqualTo("GTE");
        assertThat(added.get("thresholds").get(0).get("value").decimalValue()).isEqualByComparingTo("5.5");
        // 5.5 and 5.50 are the same threshold: only the name changed.
        assertThat(items.get(7).get("change")).isEqualTo(
                json("{'targetId': '" + target + "', 'name': {'before': '5 km', 'after': '5 km fast'}}"));
        JsonNode changed = items.get(8).get("change");
        assertThat(changed.get("targetId").asText()).isEqualTo(target.toString());
        assertThat(changed.has("name")).isFalse();
        assertThat(changed.has("activityId")).isFalse();
        assertThat(changed.get("thresholds").get("before").get(0).get("value").decimalValue()).isEqualByComparingTo("5.5");
        assertThat(changed.get("thresholds").get("after").get(0).get("value").decimalValue()).isEqualByComparingTo("6");
        assertThat(items.get(10).get("change")).isEqualTo(json("{'targetId': '" + dropped + "', 'name': 'Dropped'}"));
        assertThat(items.get(11).get("change")).isEqualTo(json("{'source': 'MANUAL', 'sessionId': null}"));
        assertThat(items.get(12).get("change")).isEqualTo(json("{}"));
    }

    @Test
    void automatic_steps_name_system_as_actor_and_events_without_an_actor_name_their_owner() {
        UUID target = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID instance = UUID.randomUUID();
        ConsistencyToken created = aFractalWithAGoal();
        ConsistencyToken added = events.append(fractal, 3, new TargetAdded(fractal, goal, target, "Run 5 km", null,
                                                                           List.of(), alice, T.plusSeconds(3)));
        MetaData automatic = MetaData.with("actor", "system").and("onBehalfOf", alice);
        ConsistencyToken evaluated = events.appendWith(
                automatic, fractal, 4,
                new TargetAchieved(fractal, goal, target, session, instance, alice, T.plusSeconds(4)),
                new GoalCompleted(fractal, goal, CompletionSource.TARGETS, session, alice, T.plusSeconds(4)));
        ConsistencyToken byAnotherActor = events.appendWith(MetaData.with("actor", "support-1"), fractal, 6,
                                                            new GoalRenamed(fractal, goal, "Run more", alice,
                                                                            T.plusSeconds(5)));
        // Written before automatic steps were marked: the actor was the user whose request triggered them.
        ConsistencyToken stampedWithTheUser = events.appendWith(
                MetaData.with("actor", alice), fractal, 7,
                new TargetReopened(fractal, goal, target, ReopenCause.GOAL_UNCOMPLETED, alice, T.plusSeconds(6)),
                new TargetAchieved(fractal, goal, target, session, instance, alice, T.plusSeconds(7)));
        ConsistencyToken withoutActor = events.appendWith(
                MetaData.emptyInstance(), fractal, 9,
                new GoalUncompleted(fractal, goal, alice, T.plusSeconds(8)),
                new TargetReopened(fractal, goal, target, ReopenCause.GOAL_UNCOMPLETED, alice, T.plusSeconds(8)),
                new GoalCompleted(fractal, goal, CompletionSource.MANUAL, null, alice, T.plusSeconds(9)),
                new GoalUncompleted(fractal, goal, alice, T.plusSeconds(10)),
                new GoalCompleted(fractal, goal, CompletionSource.TARGETS, session, alice, T.plusSeconds(11)));

        Response response = history(alice, "", all(created, added, evaluated, byAnotherActor, stampedWithTheUser,
                                                    withoutActor));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode items = response.body().get("items");
        assertThat(texts(items, "type")).containsExactly(
                "GoalCreated", "TargetAdded", "TargetAchieved", "GoalCompleted", "GoalRenamed", "TargetReopened",
                "TargetAchieved", "GoalUncompleted", "TargetReopened", "GoalCompleted", "GoalUncompleted",
                "GoalCompleted");
        assertThat(texts(items, "actor")).containsExactly(
                alice, alice, "system", "system", "support-1", "system", "system", alice, "system", alice, alice,
                "system");
        assertThat(items.get(2).get("change")).isEqualTo(json(
                "{'targetId': '" + target + "', 'name': 'Run 5 km', 'sessionId': '" + session + "', "
                        + "'instanceId': '" + instance + "'}"));
        assertThat(items.get(3).get("change")).isEqualTo(json("{'source': 'TARGETS', 'sessionId': '" + session + "'}"));
        assertThat(items.get(5).get("change")).isEqualTo(json("{'targetId': '" + target + "', 'name': 'Run 5 km', "
                                                              + "'cause': 'GOAL_UNCOMPLETED'}"));
    }

    @Test
    void pages_follow_each_other_by_cursor_without_gaps_or_repeats() {
        ConsistencyToken created = aFractalWithAGoal();
        ConsistencyToken renamed = events.append(fractal, 3,
                                                 new GoalRenamed(fractal, goal, "Run 2", alice, T.plusSeconds(3)),
                                                 new GoalRenamed(fractal, goal, "Run 3", alice, T.plusSeconds(4)),
                                                 new GoalRenamed(fractal, goal, "Run 4", alice, T.plusSeconds(5)),
                                                 new GoalRenamed(fractal, goal, "Run 5", alice, T.plusSeconds(6)));
        ConsistencyToken token = all(created, renamed);

        List<String> sequences = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            Response page = history(alice, "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            sequences.addAll(texts(page.body().get("items"), "sequence"));
            sizes.add(page.body().get("items").size());
            cursor = page.body().get("nextCursor").isNull() ? null : page.body().get("nextCursor").asText();
        } while (cursor != null && sizes.size() < 10);

        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(sequences).containsExactly("2", "3", "4", "5", "6");
        Response whole = history(alice, "", token);
        assertThat(whole.body().get("items")).hasSize(5);
        assertThat(whole.body().get("nextCursor").isNull()).isTrue();
        Response beyond = history(alice, "?cursor=" + new SequenceCursor(99).encode(), token);
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.body().get("items")).isEmpty();
        assertThat(beyond.body().get("nextCursor").isNull()).isTrue();
    }

    @Test
    void a_cursor_this_api_did_not_write_is_a_400_on_the_cursor() {
        ConsistencyToken token = aFractalWithAGoal();
        for (String cursor : List.of("not-a-cursor", "%20", new SequenceCursor(3).encode() + "x")) {
            Response response = history(alice, "?cursor=" + cursor, token);
            assertThat(response.status()).as(cursor + " " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("cursor");
        }
    }

    @Test
    void page_sizes_outside_1_to_200_are_refused() {
        ConsistencyToken token = aFractalWithAGoal();
        for (String limit : List.of("0", "201", "-1", "abc")) {
            Response response = history(alice, "?limit=" + limit, token);
            assertThat(response.status()).as(limit).isEqualTo(400);
            assertThat(response.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:validation");
        }
        for (String limit : List.of("1", "200")) {
            Response response = history(alice, "?limit=" + limit, token);
            assertThat(response.status()).as(limit).isEqualTo(200);
            assertThat(response.body().get("items")).hasSize(1);
        }
    }

    @Test
    void a_foreign_fractal_and_a_goal_without_history_in_the_fractal_are_404() {
        ConsistencyToken mine = aFractalWithAGoal();
        UUID bobsFractal = UUID.randomUUID();
        UUID bobsGoal = UUID.randomUUID();
        ConsistencyToken theirs = events.append(
                bobsFractal, 0, new FractalCreated(bobsFractal, bob, T),
                new GoalCreated(bobsFractal, bobsFractal, null, GoalLevel.ULTIMATE, "Secret", null, null, null, bob, T),
                new GoalCreated(bobsFractal, bobsGoal, bobsFractal, GoalLevel.LONG_TERM, "Hidden", null, null, null, bob,
                                T));
        ConsistencyToken token = all(mine, theirs);
        String alicesFractal = "/api/v1/fractals/" + fractal + "/goals/";

        Response foreignFractal = history(bob, "", token);
        Response unknownGoal = get(alice, alicesFractal + UUID.randomUUID() + "/history", token);
        Response goalOfAnotherFractal = get(alice, alicesFractal + bobsGoal + "/history", token);
        Response malformedGoal = get(alice, alicesFractal + "not-a-uuid/history", token);
        Response bobsOwn = get(bob, "/api/v1/fractals/" + bobsFractal + "/goals/" + bobsGoal + "/history", token);

        for (Response response : List.of(foreignFractal, unknownGoal, goalOfAnotherFractal, malformedGoal)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:not-found");
        }
        assertThat(foreignFractal.body().get("detail").asText()).isEqualTo("Fractal not found");
        assertThat(unknownGoal.body().get("detail").asText()).isEqualTo("Goal not found");
        assertThat(goalOfAnotherFractal.body().get("detail").asText()).isEqualTo("Goal not found");
        assertThat(bobsOwn.status()).isEqualTo(200);
    }

    @Test
    void no_token_is_401() {
        aFractalWithAGoal();
        Response response = api.get("/api/v1/fractals/" + fractal + "/goals/" + goal + "/history").send();
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void a_deleted_goals_history_stays_readable_and_ends_with_its_deletion_also_for_its_descendants() {
        UUID child = UUID.randomUUID();
        ConsistencyToken created = aFractalWithAGoal();
        ConsistencyToken deleted = events.append(
                fractal, 3,
                new GoalCreated(fractal, child, goal, GoalLevel.SHORT_TERM, "Jog", null, null, null, alice,
                                T.plusSeconds(3)),
                new GoalDeleted(fractal, goal, List.of(goal, child), alice, T.plusSeconds(4)));
        ConsistencyToken token = all(created, deleted);

        Response ofTheGoal = history(alice, "", token);
        Response ofTheChild = get(alice, "/api/v1/fractals/" + fractal + "/goals/" + child + "/history", token);

        assertThat(ofTheGoal.status()).as(ofTheGoal.toString()).isEqualTo(200);
        assertThat(texts(ofTheGoal.body().get("items"), "type")).containsExactly("GoalCreated", "GoalDeleted");
        assertThat(texts(ofTheChild.body().get("items"), "type")).containsExactly("GoalCreated", "GoalDeleted");
        assertThat(ofTheChild.body().get("items").get(1).get("change")).isEqualTo(
                json("{'removedGoalIds': ['" + goal + "', '" + child + "']}"));
    }

    @Test
    void deleting_the_fractal_removes_its_history() {
        ConsistencyToken created = aFractalWithAGoal();
        ConsistencyToken deleted = events.append(fractal, 3, new FractalDeleted(fractal, alice, T.plusSeconds(3)));

        Response response = history(alice, "", all(created, deleted));

        assertThat(response.status()).isEqualTo(404);
        Integer rows = jdbc.queryForObject("select (select count(*) from goal_history where fractal_id = ?) "
                                                   + "+ (select count(*) from goal_history_goal where fractal_id = ?)",
                                           Integer.class, fractal, fractal);
        assertThat(rows).isZero();
    }

    private Response get(String user, String path, ConsistencyToken token) {
        return api.get(path).token(TestTokens.forUser(user)).header(ConsistencyToken.HEADER, token.encode()).send();
    }

    private static JsonNode json(String singleQuoted) {
        return HistoryJson.read(singleQuoted.replace('\'', '"'));
    }
}
