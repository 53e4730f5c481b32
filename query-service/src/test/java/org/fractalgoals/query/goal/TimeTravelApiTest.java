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
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalRelevanceChanged;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.ReopenCause;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.FixedClockConfiguration;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET …/tree?asOf=} through HTTP, from events in the real event store. */
class TimeTravelApiTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @Autowired
    private EventWriter writer;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();

    private static Instant t(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** One fractal of alice's, its events appended as they are written here. */
    private final class Fractal {

        final UUID id = UUID.randomUUID();
        final List<Long> positions = new ArrayList<>();
        long next;

        Fractal(Instant at) {
            append(new FractalCreated(id, alice, at),
                   new GoalCreated(id, id, null, GoalLevel.ULTIMATE, "Life", "All of it", null, null, alice, at));
        }

        UUID goal(Instant at, UUID parent, GoalLevel level, String name) {
            UUID goalId = UUID.randomUUID();
            append(new GoalCreated(id, goalId, parent, level, name, null, null, null, alice, at));
            return goalId;
        }

        void append(OwnedEvent... events) {
            positions.addAll(writer.append(id, next, events).positions());
            next += events.length;
        }

        Response tree(String user, String query) {
            return api.get("/api/v1/fractals/" + id + "/tree" + query).token(TestTokens.forUser(user))
                      .header(ConsistencyToken.HEADER, ConsistencyToken.of(positions).encode()).send();
        }

        JsonNode at(Instant instant) {
            Response response = tree(alice, "?asOf=" + instant);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            return response.body();
        }

        Optional<JsonNode> node(Instant instant, UUID goalId) {
            return find(at(instant), goalId.toString());
        }
    }

    private static Optional<JsonNode> find(JsonNode node, String goalId) {
        if (node.get("id").asText().equals(goalId)) {
            return Optional.of(node);
        }
        for (JsonNode child : node.get("children")) {
            Optional<JsonNode> found = find(child, goalId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Test
    void before_the_fractal_was_created_it_is_404_with_a_detail_that_says_so() {
        Fractal fractal = new Fractal(t(0));

        Response response = fractal.tree(alice, "?asOf=" + t(-1));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:not-found");
        assertThat(response.body().get("detail").asText())
                .isEqualTo("The fractal did not exist yet at " + t(-1) + "; its tree begins at " + t(0));
    }

    @Test
    void right_after_creation_it_is_the_root_alone_with_its_age_at_that_instant() {
        Fractal fractal = new Fractal(t(0));
        fractal.goal(t(60), fractal.id, GoalLevel.LONG_TERM, "Later");

        JsonNode atCreation = fractal.at(t(0));
        Response threeDaysOn = fractal.tree(alice, "?asOf=" + t(0).plus(Duration.ofDays(3)));

        assertThat(atCreation.get("name").asText()).isEqualTo("Life");
        assertThat(atCreation.get("description").asText()).isEqualTo("All of it");
        assertThat(atCreation.get("children")).isEmpty();
        assertThat(atCreation.get("ageDays").asLong()).isZero();
        assertThat(atCreation.get("version").asLong()).isEqualTo(1);
        assertThat(threeDaysOn.body().get("ageDays").asLong()).isEqualTo(3);
        assertThat(threeDaysOn.body().get("children")).hasSize(1);
        assertThat(fractal.tree(alice, "?asOf=" + t(0)).header("ETag")).hasValue("\"1\"");
        assertThat(threeDaysOn.header("ETag")).hasValue("\"2\"");
    }

    @Test
    void between_two_renames_the_goal_has_the_name_of_the_first() {
        Fractal fractal = new Fractal(t(0));
        UUID goal = fractal.goal(t(1), fractal.id, GoalLevel.LONG_TERM, "Run");
        fractal.append(new GoalRenamed(fractal.id, goal, "Run a 10k", alice, t(10)),
                       new GoalRenamed(fractal.id, goal, "Run a marathon", alice, t(20)));

        assertThat(fractal.node(t(5), goal).orElseThrow().get("name").asText()).isEqualTo("Run");
        assertThat(fractal.node(t(15), goal).orElseThrow().get("name").asText()).isEqualTo("Run a 10k");
        assertThat(fractal.node(t(15), goal).orElseThrow().get("version").asLong()).isEqualTo(3);
        assertThat(fractal.node(t(25), goal).orElseThrow().get("name").asText()).isEqualTo("Run a marathon");
    }

    @Test
    void after_a_move_the_goal_hangs_below_its_new_parent() {
        Fractal fractal = new Fractal(t(0));
        UUID health = fractal.goal(t(1), fractal.id, GoalLevel.LONG_TERM, "Health");
        UUID sport = fractal.goal(t(2), fractal.id, GoalLevel.LONG_TERM, "Sport");
        UUID run = fractal.goal(t(3), health, GoalLevel.MID_TERM, "Run");
        fractal.append(new GoalMoved(fractal.id, run, health, sport, alice, t(10)));

        assertThat(fractal.node(t(9), run).orElseThrow().get("parentId").asText()).isEqualTo(health.toString());
        assertThat(fractal.node(t(9), sport).orElseThrow().get("children")).isEmpty();
        assertThat(fractal.node(t(10), run).orElseThrow().get("parentId").asText()).isEqualTo(sport.toString());
        assertThat(fractal.node(t(10), health).orElseThrow().get("children")).isEmpty();
    }

    @Test
    void completion_shows_from_its_instant_and_is_gone_after_uncompletion() {
        Fractal fractal = new Fractal(t(0));
        UUID goal = fractal.goal(t(1), fractal.id, GoalLevel.LONG_TERM, "Run");
        fractal.append(new GoalCompleted(fractal.id, goal, CompletionSource.MANUAL, null, alice, t(10)),
                       new GoalUncompleted(fractal.id, goal, alice, t(20)));

        JsonNode completed = fractal.node(t(15), goal).orElseThrow();
        JsonNode uncompleted = fractal.node(t(20), goal).orElseThrow();

        assertThat(completed.get("completed").asBoolean()).isTrue();
        assertThat(completed.get("completedAt").asText()).isEqualTo(t(10).toString());
        assertThat(completed.get("completionSource").asText()).isEqualTo("MANUAL");
        assertThat(fractal.at(t(15)).get("subtreeCompletedCount").asInt()).isEqualTo(1);
        assertThat(uncompleted.get("completed").asBoolean()).isFalse();
        assertThat(uncompleted.get("completedAt").isNull()).isTrue();
        assertThat(uncompleted.get("completionSource").isNull()).isTrue();
    }

    @Test
    void a_deleted_subtree_is_there_until_its_deletion() {
        Fractal fractal = new Fractal(t(0));
        UUID health = fractal.goal(t(1), fractal.id, GoalLevel.LONG_TERM, "Health");
        UUID run = fractal.goal(t(2), health, GoalLevel.MID_TERM, "Run");
        fractal.append(new GoalDeleted(fractal.id, health, List.of(health, run), alice, t(10)));

        assertThat(fractal.at(t(9)).get("subtreeGoalCount").asInt()).isEqualTo(3);
        assertThat(fractal.node(t(9), run)).isPresent();
        assertThat(fractal.at(t(10)).get("subtreeGoalCount").asInt()).isEqualTo(1);
        assertThat(fractal.node(t(10), health)).isEmpty();
    }

    @Test
    void a_target_is_achieved_and_reopened_at_its_instants() {
        Fractal fractal = new Fractal(t(0));
        UUID goal = fractal.goal(t(1), fractal.id, GoalLevel.LONG_TERM, "Run");
        UUID target = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        fractal.append(new TargetAdded(fractal.id, goal, target, "5 km", UUID.randomUUID(),
                                       List.of(new Threshold(UUID.randomUUID(), ComparisonOperator.GTE, new BigDecimal("5"))),
                                       alice, t(5)),
                       new TargetAchieved(fractal.id, goal, target, session, UUID.randomUUID(), alice, t(10)),
                       new TargetReopened(fractal.id, goal, target, ReopenCause.GOAL_UNCOMPLETED, alice, t(20)));

        JsonNode before = fractal.node(t(5), goal).orElseThrow().get("targets").get(0);
        JsonNode achieved = fractal.node(t(15), goal).orElseThrow().get("targets").get(0);
        JsonNode reopened = fractal.node(t(25), goal).orElseThrow().get("targets").get(0);

        assertThat(before.get("name").asText()).isEqualTo("5 km");
        assertThat(before.get("achieved").asBoolean()).isFalse();
        assertThat(achieved.get("achieved").asBoolean()).isTrue();
        assertThat(achieved.get("achievedAt").asText()).isEqualTo(t(10).toString());
        assertThat(achieved.get("achievedInSessionId").asText()).isEqualTo(session.toString());
        assertThat(reopened.get("achieved").asBoolean()).isFalse();
        assertThat(reopened.get("achievedAt").isNull()).isTrue();
    }

    @Test
    void the_tree_as_of_now_is_the_live_tree() {
        // Nanoseconds, as the command-service's clock stamps them; the read model keeps microseconds.
        Instant created = T0.plusNanos(123_456_500);
        Fractal fractal = new Fractal(created);
        UUID health = fractal.goal(t(1).plusNanos(999_999_999), fractal.id, GoalLevel.LONG_TERM, "Health");
        UUID run = fractal.goal(t(2).plusNanos(1_499), health, GoalLevel.MID_TERM, "Run");
        UUID sport = fractal.goal(t(2).plusNanos(1_499), fractal.id, GoalLevel.LONG_TERM, "Sport");
        UUID gone = fractal.goal(t(3), sport, GoalLevel.MID_TERM, "Gone");
        UUID target = UUID.randomUUID();
        UUID metric = UUID.randomUUID();
        fractal.append(new GoalDescriptionChanged(fractal.id, health, "Body and mind", alice, t(4)),
                       new GoalDeadlineChanged(fractal.id, run, LocalDate.parse("2026-09-01"), alice, t(5)),
                       new GoalRelevanceChanged(fractal.id, run, "Stamina", alice, t(6)),
                       new TargetAdded(fractal.id, run, target, "5 km", UUID.randomUUID(),
                                       List.of(new Threshold(metric, ComparisonOperator.GTE, new BigDecimal("1E+3")),
                                               new Threshold(metric, ComparisonOperator.LT, new BigDecimal("0.50"))),
                                       alice, t(7).plusNanos(777)),
                       new TargetChanged(fractal.id, run, target, "10 km", UUID.randomUUID(),
                                         List.of(new Threshold(metric, ComparisonOperator.GTE, new BigDecimal("10"))),
                                         alice, t(8)),
                       new TargetAchieved(fractal.id, run, target, UUID.randomUUID(), UUID.randomUUID(), alice,
                                          t(9).plusNanos(500)),
                       new GoalCompleted(fractal.id, run, CompletionSource.TARGETS, UUID.randomUUID(), alice,
                                         t(9).plusNanos(500)),
                       new GoalMoved(fractal.id, run, health, sport, alice, t(10)),
                       new GoalDeleted(fractal.id, gone, List.of(gone), alice, t(11)));

        Response live = fractal.tree(alice, "");
        Response now = fractal.tree(alice, "?asOf=" + FixedClockConfiguration.NOW);
        Response future = fractal.tree(alice, "?asOf=2999-01-01T00:00:00Z");

        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        assertThat(now.body()).isEqualTo(live.body());
        assertThat(now.header("ETag")).isEqualTo(live.header("ETag"));
        assertThat(future.body()).isEqualTo(live.body());
        assertThat(now.text()).isEqualTo(live.text());
    }

    @Test
    void events_imported_out_of_time_order_count_by_their_business_time() {
        Fractal fractal = new Fractal(t(0));
        UUID goal = fractal.goal(t(30), fractal.id, GoalLevel.LONG_TERM, "Original");
        fractal.append(new GoalRenamed(fractal.id, goal, "Renamed second", alice, t(40)),
                       new GoalRenamed(fractal.id, goal, "Renamed first", alice, t(35)));
        UUID early = fractal.goal(t(5), fractal.id, GoalLevel.LONG_TERM, "Dated early, appended last");

        assertThat(fractal.node(t(10), early)).isPresent();
        assertThat(fractal.node(t(10), goal)).isEmpty();
        assertThat(fractal.tree(alice, "?asOf=" + t(10)).header("ETag")).hasValue("\"5\"");
        assertThat(fractal.node(t(30), goal).orElseThrow().get("name").asText()).isEqualTo("Original");
        assertThat(fractal.node(t(37), goal).orElseThrow().get("name").asText()).isEqualTo("Renamed first");
        assertThat(fractal.node(t(45), goal).orElseThrow().get("name").asText()).isEqualTo("Renamed first");
    }

    @Test
    void an_offset_instant_is_read_as_the_instant_it_names() {
        Fractal fractal = new Fractal(t(0));
        UUID goal = fractal.goal(t(60), fractal.id, GoalLevel.LONG_TERM, "At nine");

        Response before = fractal.tree(alice, "?asOf=2026-01-01T10:59:00%2B02:00");
        Response after = fractal.tree(alice, "?asOf=2026-01-01T11:00:00%2B02:00");

        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(find(before.body(), goal.toString())).isEmpty();
        assertThat(find(after.body(), goal.toString())).isPresent();
    }

    @Test
    void a_malformed_instant_is_400_naming_the_parameter() {
        Fractal fractal = new Fractal(t(0));

        for (String malformed : List.of("yesterday", "2026-01-01", "2026-01-01T08:00:00", "")) {
            Response response = fractal.tree(alice, "?asOf=" + malformed);

            assertThat(response.status()).as(malformed + " " + response).isEqualTo(400);
            assertThat(response.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:validation");
            assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("asOf");
        }
    }

    @Test
    void someone_elses_fractal_is_404_like_a_missing_one_at_any_instant() {
        Fractal fractal = new Fractal(t(0));

        Response foreign = fractal.tree(bob, "?asOf=" + t(10));
        Response foreignMalformed = fractal.tree(bob, "?asOf=yesterday");
        Response missing = api.get("/api/v1/fractals/" + UUID.randomUUID() + "/tree?asOf=" + t(10))
                              .token(TestTokens.forUser(bob)).send();

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreignMalformed.status()).isEqualTo(404);
        assertThat(foreign.body().get("detail")).isEqualTo(missing.body().get("detail"));
        assertThat(foreign.body().get("type")).isEqualTo(missing.body().get("type"));
    }

    @Test
    void a_deleted_fractal_is_404_even_for_an_instant_before_its_deletion() {
        Fractal fractal = new Fractal(t(0));
        fractal.append(new FractalDeleted(fractal.id, alice, t(10)));

        Response response = fractal.tree(alice, "?asOf=" + t(5));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asText()).isEqualTo("Fractal not found");
    }
}
