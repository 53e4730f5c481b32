package org.fractalgoals.query.goal;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.goal.ComparisonOperator;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalDescriptionChanged;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalRelevanceChanged;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.events.goal.ReopenCause;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.FixedClockConfiguration;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FractalQueryApiTest extends QueryServiceTest {

    @Autowired
    private EventWriter events;
    @Autowired
    private JdbcTemplate jdbc;

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
    void a_cursor_this_api_did_not_write_is_refused_on_every_list() {
        Written written = writeFractal(alice, "Lists");
        String fractal = "/api/v1/fractals/" + written.fractalId();
        for (String list : List.of("/api/v1/fractals", fractal + "/templates", fractal + "/sessions", fractal + "/notes",
                                   fractal + "/programs", fractal + "/goals/" + written.fractalId() + "/history")) {
            Response response = api.get(list + "?cursor=not-a-cursor").token(TestTokens.forUser(alice))
                                   .header(ConsistencyToken.HEADER, written.token().encode()).send();
            assertThat(response.status()).as(list + " " + response).isEqualTo(400);
            assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("cursor");
        }
    }

    @Test
    void page_sizes_outside_1_to_200_are_refused() {
        for (String limit : List.of("0", "201", "abc")) {
            Response response = api.get("/api/v1/fractals?limit=" + limit).token(TestTokens.forUser(alice)).send();
            assertThat(response.status()).as(limit).isEqualTo(400);
            assertThat(response.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:validation");
        }
    }

    // ---- goals, selection, list details, deletion, size ---------------------------------------------------

    private static final Instant NOW = FixedClockConfiguration.NOW;

    private Response get(String user, String path, ConsistencyToken token) {
        ApiClient.Request request = api.get(path).token(TestTokens.forUser(user));
        if (token != null) {
            request.header(ConsistencyToken.HEADER, token.encode());
        }
        return request.send();
    }

    private static ConsistencyToken both(ConsistencyToken first, ConsistencyToken second) {
        List<Long> positions = new ArrayList<>(first.positions());
        positions.addAll(second.positions());
        return ConsistencyToken.of(positions);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static final List<String> GOAL_FIELDS = List.of(
            "id", "parentId", "level", "name", "description", "deadline", "relevance", "completed", "completedAt",
            "completionSource", "createdAt", "ageDays", "targets", "smart", "subtreeGoalCount", "subtreeCompletedCount",
            "percentComplete", "version");

    @Test
    void a_goal_alone_answers_with_all_its_fields_and_its_own_version_as_etag() {
        Instant created = NOW.minus(Duration.ofDays(3)).minusSeconds(5);
        Instant achievedAt = created.plusSeconds(60);
        UUID id = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID target = UUID.randomUUID();
        UUID metric = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        ConsistencyToken token = events.append(
                id, 0,
                new FractalCreated(id, alice, created),
                new GoalCreated(id, id, null, GoalLevel.LONG_TERM, "Root", "why", null, null, alice, created),
                new GoalCreated(id, goal, id, GoalLevel.MID_TERM, "Child", null, LocalDate.parse("2026-06-30"), null, alice,
                                created),
                new TargetAdded(id, goal, target, "Run", null,
                                List.of(new Threshold(metric, ComparisonOperator.GTE, new BigDecimal("5.5"))), alice,
                                created),
                new TargetAchieved(id, goal, target, session, UUID.randomUUID(), alice, achievedAt),
                new GoalRenamed(id, id, "Root renamed", alice, achievedAt.plusSeconds(1)));

        Response response = get(alice, "/api/v1/fractals/" + id + "/goals/" + goal, token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).hasValue("\"4\"");
        JsonNode body = response.body();
        List<String> expected = new ArrayList<>(GOAL_FIELDS);
        expected.addAll(List.of("childIds", "ancestorIds"));
        assertThat(fieldNames(body)).containsExactlyElementsOf(expected);
        assertThat(body.get("id").asText()).isEqualTo(goal.toString());
        assertThat(body.get("parentId").asText()).isEqualTo(id.toString());
        assertThat(body.get("level").asText()).isEqualTo("MID_TERM");
        assertThat(body.get("name").asText()).isEqualTo("Child");
        assertThat(body.get("description").isNull()).isTrue();
        assertThat(body.get("deadline").asText()).isEqualTo("2026-06-30");
        assertThat(body.get("relevance").isNull()).isTrue();
        assertThat(body.get("completed").asBoolean()).isFalse();
        assertThat(body.get("completedAt").isNull()).isTrue();
        assertThat(body.get("completionSource").isNull()).isTrue();
        assertThat(body.get("createdAt").asText()).isEqualTo(created.toString());
        assertThat(body.get("ageDays").asLong()).isEqualTo(3);
        assertThat(body.get("subtreeGoalCount").asInt()).isEqualTo(1);
        assertThat(body.get("subtreeCompletedCount").asInt()).isZero();
        assertThat(body.get("percentComplete").asInt()).isZero();
        assertThat(body.get("version").asLong()).isEqualTo(4);
        assertThat(body.get("childIds")).isEmpty();
        assertThat(body.get("ancestorIds")).hasSize(1);
        assertThat(body.get("ancestorIds").get(0).asText()).isEqualTo(id.toString());
        JsonNode smart = body.get("smart");
        assertThat(fieldNames(smart)).containsExactly("specific", "measurable", "achievable", "relevant", "timeBound");
        assertThat(List.of(smart.get("specific").asBoolean(), smart.get("measurable").asBoolean(),
                           smart.get("achievable").asBoolean(), smart.get("relevant").asBoolean(),
                           smart.get("timeBound").asBoolean())).containsExactly(false, true, false, false, true);
        JsonNode targetNode = body.get("targets").get(0);
        assertThat(fieldNames(targetNode)).containsExactly("id", "name", "activityId", "thresholds", "achieved",
                                                           "achievedAt", "achievedInSessionId");
        assertThat(targetNode.get("id").asText()).isEqualTo(target.toString());
        assertThat(targetNode.get("name").asText()).isEqualTo("Run");
        assertThat(targetNode.get("activityId").isNull()).isTrue();
        assertThat(targetNode.get("achieved").asBoolean()).isTrue();
        assertThat(targetNode.get("achievedAt").asText()).isEqualTo(achievedAt.toString());
        assertThat(targetNode.get("achievedInSessionId").asText()).isEqualTo(session.toString());
        JsonNode threshold = targetNode.get("thresholds").get(0);
        assertThat(fieldNames(threshold)).containsExactly("metricId", "operator", "value");
        assertThat(threshold.get("metricId").asText()).isEqualTo(metric.toString());
        assertThat(threshold.get("operator").asText()).isEqualTo("GTE");
        assertThat(threshold.get("value").isNumber()).isTrue();
        assertThat(threshold.get("value").decimalValue()).isEqualByComparingTo("5.5");

        Response unchanged = api.get("/api/v1/fractals/" + id + "/goals/" + goal).token(TestTokens.forUser(alice))
                                .header("If-None-Match", "\"4\"").send();
        assertThat(unchanged.status()).isEqualTo(304);

        Response tree = get(alice, "/api/v1/fractals/" + id + "/tree", token);
        assertThat(tree.header("ETag")).hasValue("\"5\"");
        List<String> nodeFields = new ArrayList<>(GOAL_FIELDS);
        nodeFields.add("children");
        assertThat(fieldNames(tree.body())).containsExactlyElementsOf(nodeFields);
        assertThat(tree.body().get("version").asLong()).isEqualTo(5);
        assertThat(tree.body().get("name").asText()).isEqualTo("Root renamed");
        assertThat(tree.body().get("children").get(0).get("version").asLong()).isEqualTo(4);
        assertThat(tree.body().get("children").get(0).get("targets")).hasSize(1);
        assertThat(tree.body().get("subtreeGoalCount").asInt()).isEqualTo(2);
    }

    @Test
    void a_missing_malformed_or_foreign_goal_is_404() {
        Written mine = writeFractal(alice, "Mine");
        Written theirs = writeFractal(bob, "Theirs");
        UUID theirGoal = UUID.randomUUID();
        ConsistencyToken added = events.append(theirs.fractalId(), 2, new GoalCreated(
                theirs.fractalId(), theirGoal, theirs.fractalId(), GoalLevel.MID_TERM, "Secret", null, null, null, bob,
                Instant.now()));
        ConsistencyToken token = both(both(mine.token(), theirs.token()), added);

        Response foreignGoal = get(alice, "/api/v1/fractals/" + mine.fractalId() + "/goals/" + theirGoal, token);
        Response missingGoal = get(alice, "/api/v1/fractals/" + mine.fractalId() + "/goals/" + UUID.randomUUID(), token);
        Response malformed = get(alice, "/api/v1/fractals/" + mine.fractalId() + "/goals/not-a-uuid", token);
        Response foreignFractal = get(alice, "/api/v1/fractals/" + theirs.fractalId() + "/goals/" + theirGoal, token);
        Response ownersView = get(bob, "/api/v1/fractals/" + theirs.fractalId() + "/goals/" + theirGoal, token);

        for (Response response : List.of(foreignGoal, missingGoal, malformed, foreignFractal)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:not-found");
        }
        assertThat(foreignGoal.body().get("detail")).isEqualTo(missingGoal.body().get("detail"));
        assertThat(foreignGoal.body().get("detail").asText()).isEqualTo("Goal not found");
        assertThat(ownersView.status()).isEqualTo(200);
    }

    @Test
    void selection_lists_open_short_term_goals_with_their_open_immediate_goals_and_is_no_goal_id() {
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        UUID id = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        UUID done = UUID.randomUUID();
        UUID openImmediate = UUID.randomUUID();
        UUID doneImmediate = UUID.randomUUID();
        UUID underDone = UUID.randomUUID();
        ConsistencyToken token = events.append(
                id, 0,
                new FractalCreated(id, alice, t),
                new GoalCreated(id, id, null, GoalLevel.MID_TERM, "Root", null, null, null, alice, t),
                new GoalCreated(id, open, id, GoalLevel.SHORT_TERM, "Open", "Soon", LocalDate.parse("2026-03-01"), null,
                                alice, t.plusSeconds(1)),
                new GoalCreated(id, done, id, GoalLevel.SHORT_TERM, "Done", null, null, null, alice, t.plusSeconds(2)),
                new GoalCreated(id, openImmediate, open, GoalLevel.IMMEDIATE, "Today", null, LocalDate.parse("2026-02-01"),
                                null, alice, t.plusSeconds(3)),
                new GoalCreated(id, doneImmediate, open, GoalLevel.IMMEDIATE, "Yesterday", null, null, null, alice,
                                t.plusSeconds(4)),
                new GoalCreated(id, underDone, done, GoalLevel.IMMEDIATE, "Under done", null, null, null, alice,
                                t.plusSeconds(5)),
                new GoalCompleted(id, done, CompletionSource.MANUAL, null, alice, t.plusSeconds(6)),
                new GoalCompleted(id, doneImmediate, CompletionSource.MANUAL, null, alice, t.plusSeconds(7)));

        Response response = get(alice, "/api/v1/fractals/" + id + "/goals/selection", token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(fieldNames(response.body())).containsExactly("items", "nextCursor");
        assertThat(response.body().get("nextCursor").isNull()).isTrue();
        JsonNode items = response.body().get("items");
        assertThat(items).hasSize(1);
        JsonNode item = items.get(0);
        assertThat(fieldNames(item)).containsExactly("id", "name", "level", "deadline", "description", "immediateGoals");
        assertThat(item.get("id").asText()).isEqualTo(open.toString());
        assertThat(item.get("name").asText()).isEqualTo("Open");
        assertThat(item.get("level").asText()).isEqualTo("SHORT_TERM");
        assertThat(item.get("deadline").asText()).isEqualTo("2026-03-01");
        assertThat(item.get("description").asText()).isEqualTo("Soon");
        assertThat(item.get("immediateGoals")).hasSize(1);
        JsonNode immediate = item.get("immediateGoals").get(0);
        assertThat(fieldNames(immediate)).containsExactly("id", "name", "level", "deadline");
        assertThat(immediate.get("id").asText()).isEqualTo(openImmediate.toString());
        assertThat(immediate.get("name").asText()).isEqualTo("Today");
        assertThat(immediate.get("level").asText()).isEqualTo("IMMEDIATE");
        assertThat(immediate.get("deadline").asText()).isEqualTo("2026-02-01");

        Response foreign = get(bob, "/api/v1/fractals/" + id + "/goals/selection", token);
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    void selection_pages_by_creation_time_with_each_goal_keeping_its_immediate_goals() {
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        UUID id = UUID.randomUUID();
        List<UUID> shortTerm = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID immediate = UUID.randomUUID();
        ConsistencyToken token = events.append(
                id, 0,
                new FractalCreated(id, alice, t),
                new GoalCreated(id, id, null, GoalLevel.MID_TERM, "Root", null, null, null, alice, t),
                new GoalCreated(id, shortTerm.get(0), id, GoalLevel.SHORT_TERM, "First", null, null, null, alice,
                                t.plusSeconds(1)),
                new GoalCreated(id, shortTerm.get(1), id, GoalLevel.SHORT_TERM, "Second", null, null, null, alice,
                                t.plusSeconds(2)),
                new GoalCreated(id, shortTerm.get(2), id, GoalLevel.SHORT_TERM, "Third", null, null, null, alice,
                                t.plusSeconds(3)),
                new GoalCreated(id, immediate, shortTerm.get(2), GoalLevel.IMMEDIATE, "Today", null, null, null, alice,
                                t.plusSeconds(4)));
        String path = "/api/v1/fractals/" + id + "/goals/selection";

        Response first = get(alice, path + "?limit=2", token);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().get("items")).extracting(item -> item.get("id").asText())
                                             .containsExactly(shortTerm.get(0).toString(), shortTerm.get(1).toString());
        assertThat(first.body().get("items")).allSatisfy(item -> assertThat(item.get("immediateGoals")).isEmpty());
        String cursor = first.body().get("nextCursor").asText();

        Response second = get(alice, path + "?limit=2&cursor=" + cursor, token);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.body().get("items")).extracting(item -> item.get("id").asText())
                                              .containsExactly(shortTerm.get(2).toString());
        assertThat(second.body().get("items").get(0).get("immediateGoals"))
                .extracting(goal -> goal.get("id").asText()).containsExactly(immediate.toString());
        assertThat(second.body().get("nextCursor").isNull()).isTrue();

        assertThat(get(alice, path + "?limit=0", token).status()).isEqualTo(400);
        assertThat(get(alice, path + "?limit=201", token).status()).isEqualTo(400);
        Response badCursor = get(alice, path + "?cursor=not-a-cursor", token);
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.body().toString()).contains("cursor");
        assertThat(get(bob, path + "?cursor=" + cursor, token).status()).isEqualTo(404);
    }

    @Test
    void the_list_shows_when_each_fractal_last_changed_and_how_much_is_done() {
        Instant t = Instant.parse("2026-01-03T09:00:00Z");
        UUID id = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        events.append(id, 0, new FractalCreated(id, alice, t),
                      new GoalCreated(id, id, null, GoalLevel.ULTIMATE, "Life", null, null, null, alice, t),
                      new GoalCreated(id, child, id, GoalLevel.LONG_TERM, "Part", null, null, null, alice, t.plusSeconds(60)));
        ConsistencyToken token = events.append(id, 3,
                                               new GoalCompleted(id, child, CompletionSource.MANUAL, null, alice,
                                                                 t.plusSeconds(120)),
                                               new GoalDeadlineChanged(id, id, LocalDate.parse("2040-01-01"), alice,
                                                                       t.plusSeconds(180)));

        Response list = get(alice, "/api/v1/fractals", token);

        assertThat(list.status()).isEqualTo(200);
        JsonNode item = list.body().get("items").get(0);
        assertThat(fieldNames(item)).containsExactly("id", "name", "description", "level", "deadline", "createdAt",
                                                     "updatedAt", "goalCount", "completedGoalCount");
        assertThat(item.get("id").asText()).isEqualTo(id.toString());
        assertThat(item.get("createdAt").asText()).isEqualTo("2026-01-03T09:00:00Z");
        assertThat(item.get("updatedAt").asText()).isEqualTo("2026-01-03T09:03:00Z");
        assertThat(item.get("deadline").asText()).isEqualTo("2040-01-01");
        assertThat(item.get("description").isNull()).isTrue();
        assertThat(item.get("goalCount").asLong()).isEqualTo(2);
        assertThat(item.get("completedGoalCount").asLong()).isEqualTo(1);
    }

    @Test
    void a_deleted_fractal_is_gone_from_tree_goals_selection_and_list() {
        Written written = writeFractal(alice, "Short-lived");
        Written kept = writeFractal(alice, "Kept");
        ConsistencyToken deleted = events.append(written.fractalId(), 2,
                                                 new FractalDeleted(written.fractalId(), alice, Instant.now()));
        ConsistencyToken token = both(both(written.token(), kept.token()), deleted);
        String base = "/api/v1/fractals/" + written.fractalId();

        assertThat(get(alice, base + "/tree", token).status()).isEqualTo(404);
        assertThat(get(alice, base + "/goals/" + written.fractalId(), token).status()).isEqualTo(404);
        assertThat(get(alice, base + "/goals/selection", token).status()).isEqualTo(404);
        Response list = get(alice, "/api/v1/fractals", token);
        assertThat(list.body().get("items")).extracting(item -> item.get("id").asText())
                                            .containsExactly(kept.fractalId().toString());
    }

    @Test
    void every_event_type_reaches_the_read_model_through_the_event_store() {
        Instant t = Instant.parse("2026-01-06T12:00:00Z");
        UUID id = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID doomed = UUID.randomUUID();
        UUID target = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        UUID metric = UUID.randomUUID();
        ConsistencyToken token = events.append(
                id, 0,
                new FractalCreated(id, alice, t),
                new GoalCreated(id, id, null, GoalLevel.ULTIMATE, "Root", null, null, null, alice, t),
                new GoalCreated(id, a, id, GoalLevel.LONG_TERM, "A", null, null, null, alice, t.plusSeconds(1)),
                new GoalCreated(id, b, id, GoalLevel.LONG_TERM, "B", null, null, null, alice, t.plusSeconds(2)),
                new GoalCreated(id, doomed, a, GoalLevel.MID_TERM, "Doomed", null, null, null, alice, t.plusSeconds(3)),
                new GoalDescriptionChanged(id, a, "Described", alice, t.plusSeconds(4)),
                new GoalRelevanceChanged(id, a, "Relevant", alice, t.plusSeconds(5)),
                new TargetAdded(id, a, target, "T", null, List.of(), alice, t.plusSeconds(6)),
                new TargetAdded(id, a, removed, "Removed", null, List.of(), alice, t.plusSeconds(7)),
                new TargetAchieved(id, a, target, UUID.randomUUID(), UUID.randomUUID(), alice, t.plusSeconds(8)),
                new TargetReopened(id, a, target, ReopenCause.GOAL_UNCOMPLETED, alice, t.plusSeconds(9)),
                new TargetChanged(id, a, target, "T2", null,
                                  List.of(new Threshold(metric, ComparisonOperator.LTE, new BigDecimal("7.25"))), alice,
                                  t.plusSeconds(10)),
                new TargetRemoved(id, a, removed, alice, t.plusSeconds(11)),
                new GoalCompleted(id, b, CompletionSource.MANUAL, null, alice, t.plusSeconds(12)),
                new GoalUncompleted(id, b, alice, t.plusSeconds(13)),
                new GoalDeleted(id, doomed, List.of(doomed), alice, t.plusSeconds(14)),
                new GoalMoved(id, b, id, a, alice, t.plusSeconds(15)));

        Response response = get(alice, "/api/v1/fractals/" + id + "/tree", token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).hasValue("\"16\"");
        JsonNode nodeA = response.body().get("children").get(0);
        assertThat(response.body().get("children")).hasSize(1);
        assertThat(nodeA.get("id").asText()).isEqualTo(a.toString());
        assertThat(nodeA.get("description").asText()).isEqualTo("Described");
        assertThat(nodeA.get("relevance").asText()).isEqualTo("Relevant");
        assertThat(nodeA.get("version").asLong()).isEqualTo(12);
        assertThat(nodeA.get("targets")).hasSize(1);
        JsonNode targetNode = nodeA.get("targets").get(0);
        assertThat(targetNode.get("name").asText()).isEqualTo("T2");
        assertThat(targetNode.get("achieved").asBoolean()).isFalse();
        assertThat(targetNode.get("thresholds").get(0).get("operator").asText()).isEqualTo("LTE");
        assertThat(targetNode.get("thresholds").get(0).get("value").decimalValue()).isEqualByComparingTo("7.25");
        JsonNode nodeB = nodeA.get("children").get(0);
        assertThat(nodeA.get("children")).hasSize(1);
        assertThat(nodeB.get("id").asText()).isEqualTo(b.toString());
        assertThat(nodeB.get("parentId").asText()).isEqualTo(a.toString());
        assertThat(nodeB.get("completed").asBoolean()).isFalse();
        assertThat(nodeB.get("version").asLong()).isEqualTo(16);
        assertThat(response.body().get("subtreeGoalCount").asInt()).isEqualTo(3);
    }

    @Test
    void a_tree_of_10000_goals_comes_whole_in_one_response() {
        UUID id = UUID.randomUUID();
        Instant t = Instant.parse("2026-01-02T00:00:00Z");
        jdbc.update("insert into fractal (id, owner_id, created_at, updated_at, version) values (?, ?, ?, ?, ?)", id,
                    alice, Timestamp.from(t), Timestamp.from(t), 10_000L);
        // The root, 99 long-term goals, 100 mid-term goals under each: 1 + 99 + 9,900 = 10,000; every 10th done.
        List<Object[]> goals = new ArrayList<>();
        goals.add(new Object[] {id, id, null, "ULTIMATE", "Root", false, Timestamp.from(t), 1L});
        long sequence = 2;
        int completed = 0;
        for (int i = 0; i < 99; i++) {
            UUID longTerm = UUID.randomUUID();
            goals.add(new Object[] {longTerm, id, id, "LONG_TERM", "Long " + i, false, Timestamp.from(t.plusSeconds(i)),
                                    sequence++});
            for (int j = 0; j < 100; j++) {
                boolean done = j % 10 == 0;
                completed += done ? 1 : 0;
                goals.add(new Object[] {UUID.randomUUID(), id, longTerm, "MID_TERM", "Mid " + i + "." + j, done,
                                        Timestamp.from(t.plusSeconds(j)), sequence++});
            }
        }
        jdbc.batchUpdate("insert into goal (id, fractal_id, parent_id, level, name, completed, created_at, version) "
                                 + "values (?, ?, ?, ?, ?, ?, ?, ?)", goals);
        assertThat(goals).hasSize(10_000);

        Response response = get(alice, "/api/v1/fractals/" + id + "/tree", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).hasValue("\"10000\"");
        JsonNode root = response.body();
        assertThat(root.get("subtreeGoalCount").asInt()).isEqualTo(10_000);
        assertThat(root.get("subtreeCompletedCount").asInt()).isEqualTo(completed);
        assertThat(root.get("percentComplete").asInt()).isEqualTo(10);
        assertThat(root.get("children")).hasSize(99);
        assertThat(root.get("children").get(0).get("children")).hasSize(100);
        assertThat(root.get("children").get(0).get("subtreeGoalCount").asInt()).isEqualTo(101);
        assertThat(countNodes(root)).isEqualTo(10_000);
    }

    private static int countNodes(JsonNode node) {
        int count = 1;
        for (JsonNode child : node.get("children")) {
            count += countNodes(child);
        }
        return count;
    }
}
