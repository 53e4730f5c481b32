package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance scenarios S10–S18 (sessions from templates, goal links, timers, sets and values, targets achieved by
 * evidence, completion, durations, editing a session's activities, deletion) through the web entry with tokens
 * from Keycloak; every read sends the consistency token of the command before it.
 */
class SessionScenariosIT extends ScenarioTest {


    // ---- the state the scenarios start from: S1–S2 goals, S6 activity, S9 template ----

    /** A fractal with its hierarchy down to one immediate goal, "C major scale", "Nocturne run-through" and "Daily Practice". */
    private record Pianist(String fractal, String shortTerm, String immediate, String scale, String tempo, String reps,
                           String nocturne, String template) {

        String base() {
            return "/api/v1/fractals/" + fractal;
        }

        String sessions() {
            return base() + "/sessions";
        }

        String session(String id) {
            return sessions() + "/" + id;
        }

        String instance(String session, String instance) {
            return session(session) + "/activities/" + instance;
        }
    }

    private String createGoal(String fractal, String parent, String name) {
        return command(WEB.post("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", parent, "name", name)))
                .body().get("id").asText();
    }

    private String createActivity(String base, Map<String, Object> body) {
        return command(WEB.post(base + "/activities", body)).body().get("id").asText();
    }

    private static Map<String, Object> metric(String name, String unit, boolean topSet) {
        return Map.of("name", name, "unit", unit, "topSet", topSet);
    }

    private Pianist pianist() {
        String fractal = command(WEB.post("/api/v1/fractals", Map.of("name", "Become a pianist", "level", "ULTIMATE",
                                                                     "description", "Play Chopin in public")))
                .body().get("id").asText();
        String base = "/api/v1/fractals/" + fractal;
        String longTerm = createGoal(fractal, fractal, "Master nocturnes");
        String midTerm = createGoal(fractal, longTerm, "Op. 9 No. 2");
        String shortTerm = createGoal(fractal, midTerm, "Hands together at 60 bpm");
        String immediate = createGoal(fractal, shortTerm, "Bars 1–8");

        String scale = createActivity(base, Map.of("name", "C major scale", "hasSets", true, "hasMetrics", true,
                                                   "metrics", List.of(metric("Tempo", "bpm", true), metric("Reps", "reps", false))));
        JsonNode metrics = read(base + "/activities/" + scale).get("metrics");
        assertThat(metrics).extracting(m -> m.get("name").asText()).containsExactly("Tempo", "Reps");
        String nocturne = createActivity(base, Map.of("name", "Nocturne run-through", "hasMetrics", false));
        String template = command(WEB.post(base + "/templates", Map.of("name", "Daily Practice", "sections", List.of(
                Map.of("name", "Warm-up", "plannedMinutes", 10, "activityIds", List.of(scale)),
                Map.of("name", "Repertoire", "plannedMinutes", 30, "activityIds", List.of(nocturne))))))
                .body().get("id").asText();
        return new Pianist(fractal, shortTerm, immediate, scale, metrics.get(0).get("id").asText(),
                           metrics.get(1).get("id").asText(), nocturne, template);
    }

    /** A session from "Daily Practice" linked to the given goals. */
    private String dailyPractice(Pianist p, String... goalIds) {
        return command(WEB.post(p.sessions(), Map.of("templateId", p.template(), "goalIds", List.of(goalIds))))
                .body().get("id").asText();
    }

    private JsonNode session(Pianist p, String session) {
        return read(p.session(session));
    }

    private static JsonNode instance(JsonNode session, int section, int position) {
        return session.get("sections").get(section).get("instances").get(position);
    }

    private static JsonNode item(JsonNode list, String id) {
        for (JsonNode item : list.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static Map<String, Object> value(String metricId, Object value) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("metricId", metricId);
        entry.put("value", value);
        return entry;
    }

    private Map<String, Object> set(Pianist p, int tempo, int reps) {
        return Map.of("values", List.of(value(p.tempo(), tempo), value(p.reps(), reps)));
    }

    private static Map<String, Object> times(Instant startedAt, Instant stoppedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("startedAt", startedAt == null ? null : startedAt.toString());
        body.put("stoppedAt", stoppedAt == null ? null : stoppedAt.toString());
        return body;
    }

    private static Instant instant(JsonNode node) {
        return Instant.parse(node.asText());
    }

    private static List<JsonNode> allNodes(JsonNode node) {
        List<JsonNode> nodes = new ArrayList<>(List.of(node));
        node.get("children").forEach(child -> nodes.addAll(allNodes(child)));
        return nodes;
    }

    // ---- the scenarios ----

    @Test
    void s10_a_session_from_a_template_linked_to_a_short_term_and_an_immediate_goal() {
        Pianist p = pianist();
        Response noGoal = refused(WEB.post(p.sessions(), Map.of("templateId", p.template(), "goalIds", List.of())));
        assertThat(noGoal.body().get("errors")).isNotEmpty();

        Instant before = Instant.now();
        String session = dailyPractice(p, p.shortTerm(), p.immediate());
        Instant after = Instant.now();

        JsonNode detail = session(p, session);
        assertThat(detail.get("id").asText()).isEqualTo(session);
        assertThat(detail.get("name").asText()).isEqualTo("Daily Practice");
        assertThat(detail.get("templateId").asText()).isEqualTo(p.template());
        assertThat(instant(detail.get("startedAt"))).isBetween(before.minusSeconds(5), after.plusSeconds(5));
        assertThat(detail.get("endedAt").isNull()).isTrue();
        assertThat(detail.get("completed").asBoolean()).isFalse();
        assertThat(detail.get("plannedMinutes").asInt()).isEqualTo(40);
        assertThat(detail.get("totalDurationSeconds").asInt()).isEqualTo(40 * 60);
        assertThat(detail.get("totalDurationSource").asText()).isEqualTo("PLANNED");
        assertThat(detail.get("goalIds")).extracting(JsonNode::asText)
                                         .containsExactlyInAnyOrder(p.shortTerm(), p.immediate());
        assertThat(detail.get("sections")).extracting(s -> s.get("name").asText()).containsExactly("Warm-up", "Repertoire");
        assertThat(detail.get("sections")).extracting(s -> s.get("plannedMinutes").asInt()).containsExactly(10, 30);
        assertThat(detail.get("sections").get(0).get("instances")).hasSize(1);
        assertThat(detail.get("sections").get(1).get("instances")).hasSize(1);
        assertThat(instance(detail, 0, 0).get("activityId").asText()).isEqualTo(p.scale());
        assertThat(instance(detail, 1, 0).get("activityId").asText()).isEqualTo(p.nocturne());
        assertThat(instance(detail, 0, 0).get("running").asBoolean()).isFalse();
        assertThat(get(p.session(session)).header("ETag")).isPresent();

        JsonNode card = item(read(p.sessions()), session);
        assertThat(card).isNotNull();
        assertThat(card.get("plannedMinutes").asInt()).isEqualTo(40);
        assertThat(card.get("sections")).extracting(s -> s.get("instanceCount").asInt()).containsExactly(1, 1);
        assertThat(card.get("goalIds")).extracting(JsonNode::asText).containsExactlyInAnyOrder(p.shortTerm(), p.immediate());
    }

    @Test
    void s11_a_new_immediate_goal_is_created_with_the_session_under_the_short_term_goal() {
        Pianist p = pianist();
        Response created = command(WEB.post(p.sessions(), Map.of(
                "templateId", p.template(), "goalIds", List.of(p.shortTerm()),
                "newImmediateGoals", List.of(Map.of("parentId", p.shortTerm(), "name", "Left-hand arpeggios")))));
        String session = created.body().get("id").asText();
        assertThat(created.body().get("newImmediateGoalIds")).hasSize(1);
        String arpeggios = created.body().get("newImmediateGoalIds").get(0).asText();

        JsonNode shortTerm = allNodes(read(p.base() + "/tree")).stream()
                .filter(node -> node.get("id").asText().equals(p.shortTerm())).findFirst().orElseThrow();
        JsonNode node = null;
        for (JsonNode child : shortTerm.get("children")) {
            if (child.get("id").asText().equals(arpeggios)) {
                node = child;
            }
        }
        assertThat(node).as("the new goal under the STG").isNotNull();
        assertThat(node.get("name").asText()).isEqualTo("Left-hand arpeggios");
        assertThat(node.get("level").asText()).isEqualTo("IMMEDIATE");
        assertThat(node.get("parentId").asText()).isEqualTo(p.shortTerm());

        assertThat(session(p, session).get("goalIds")).extracting(JsonNode::asText)
                                                      .containsExactlyInAnyOrder(p.shortTerm(), arpeggios);
    }

    @Test
    void s12_timer_lifecycle() throws Exception {
        Pianist p = pianist();
        String session = dailyPractice(p, p.shortTerm());
        JsonNode detail = session(p, session);
        String scale = instance(detail, 0, 0).get("id").asText();
        String nocturne = instance(detail, 1, 0).get("id").asText();

        Response neverStarted = refused(WEB.post(p.instance(session, scale) + "/timer/stop", null));
        assertThat(neverStarted.body().get("errors")).isNotEmpty();

        Instant before = Instant.now();
        command(WEB.post(p.instance(session, scale) + "/timer/start", null));
        JsonNode running = instance(session(p, session), 0, 0);
        assertThat(instant(running.get("startedAt"))).isAfterOrEqualTo(before.minusSeconds(5));
        assertThat(running.get("stoppedAt").isNull()).isTrue();
        assertThat(running.get("durationSeconds").isNull()).isTrue();
        assertThat(running.get("running").asBoolean()).isTrue();

        Thread.sleep(1_100);
        command(WEB.post(p.instance(session, scale) + "/timer/stop", null));
        detail = session(p, session);
        JsonNode stopped = instance(detail, 0, 0);
        assertThat(stopped.get("running").asBoolean()).isFalse();
        long expected = Duration.between(instant(stopped.get("startedAt")), instant(stopped.get("stoppedAt"))).getSeconds();
        assertThat(stopped.get("durationSeconds").asLong()).isEqualTo(expected).isGreaterThanOrEqualTo(1);
        assertThat(detail.get("sections").get(0).get("durationSeconds").asLong()).isEqualTo(expected);
        assertThat(detail.get("sections").get(1).get("durationSeconds").isNull()).isTrue();

        command(WEB.post(p.instance(session, scale) + "/timer/reset", null));
        JsonNode reset = instance(session(p, session), 0, 0);
        assertThat(reset.get("startedAt").isNull()).isTrue();
        assertThat(reset.get("stoppedAt").isNull()).isTrue();
        assertThat(reset.get("durationSeconds").isNull()).isTrue();
        assertThat(reset.get("running").asBoolean()).isFalse();

        Instant ten = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        command(WEB.method("PUT", p.instance(session, scale) + "/times", times(ten, ten.plusSeconds(25 * 60))));
        JsonNode typed = instance(session(p, session), 0, 0);
        assertThat(instant(typed.get("startedAt"))).isEqualTo(ten);
        assertThat(instant(typed.get("stoppedAt"))).isEqualTo(ten.plusSeconds(25 * 60));
        assertThat(typed.get("durationSeconds").asInt()).isEqualTo(1500);

        refused(WEB.method("PUT", p.instance(session, scale) + "/times", times(ten, ten.minusSeconds(60))));
        refused(WEB.method("PUT", p.instance(session, scale) + "/times", times(null, ten)));
        assertThat(instance(session(p, session), 0, 0).get("durationSeconds").asInt()).isEqualTo(1500);

        command(WEB.post(p.instance(session, scale) + "/timer/start", null));
        command(WEB.post(p.instance(session, nocturne) + "/timer/start", null));
        detail = session(p, session);
        assertThat(instance(detail, 0, 0).get("running").asBoolean()).isTrue();
        assertThat(instance(detail, 0, 0).get("stoppedAt").isNull()).isTrue();
        assertThat(instance(detail, 1, 0).get("running").asBoolean()).isTrue();
        refused(WEB.post(p.instance(session, nocturne) + "/timer/start", null));
    }

    @Test
    void s13_sets_keep_their_order_and_a_single_value_is_replaced_and_cleared() {
        Pianist p = pianist();
        String session = dailyPractice(p, p.shortTerm());
        String scale = instance(session(p, session), 0, 0).get("id").asText();

        command(WEB.method("PUT", p.instance(session, scale) + "/sets",
                           List.of(set(p, 100, 4), set(p, 120, 3), set(p, 110, 5))));
        JsonNode sets = instance(session(p, session), 0, 0).get("sets");
        assertThat(sets).hasSize(3);
        List<List<Double>> recorded = new ArrayList<>();
        for (JsonNode set : sets) {
            List<Double> tempoAndReps = new ArrayList<>();
            for (String metric : List.of(p.tempo(), p.reps())) {
                for (JsonNode value : set.get("values")) {
                    if (value.get("metricId").asText().equals(metric)) {
                        tempoAndReps.add(value.get("value").asDouble());
                    }
                }
            }
            recorded.add(tempoAndReps);
        }
        assertThat(recorded).containsExactly(List.of(100.0, 4.0), List.of(120.0, 3.0), List.of(110.0, 5.0));

        String sightReading = createActivity(p.base(), Map.of("name", "Sight reading", "hasMetrics", true,
                                                              "metrics", List.of(metric("Accuracy", "%", false))));
        String accuracy = read(p.base() + "/activities/" + sightReading).get("metrics").get(0).get("id").asText();
        String instance = command(WEB.post(p.session(session) + "/activities", Map.of("activityId", sightReading)))
                .body().get("id").asText();
        JsonNode added = instance(session(p, session), 1, 1);
        assertThat(added.get("id").asText()).isEqualTo(instance);
        assertThat(added.get("activityId").asText()).isEqualTo(sightReading);

        // Sets are only for activities with sets.
        refused(WEB.method("PUT", p.instance(session, instance) + "/sets", List.of(Map.of("values", List.of(value(accuracy, 90))))));

        command(WEB.method("PUT", p.instance(session, instance) + "/values", List.of(value(accuracy, 92))));
        JsonNode values = instance(session(p, session), 1, 1).get("values");
        assertThat(values).hasSize(1);
        assertThat(values.get(0).get("metricId").asText()).isEqualTo(accuracy);
        assertThat(values.get(0).get("value").asDouble()).isEqualTo(92.0);

        command(WEB.method("PUT", p.instance(session, instance) + "/values", List.of(value(accuracy, 95))));
        values = instance(session(p, session), 1, 1).get("values");
        assertThat(values).hasSize(1);
        assertThat(values.get(0).get("metricId").asText()).isEqualTo(accuracy);
        assertThat(values.get(0).get("value").asDouble()).isEqualTo(95.0);

        command(WEB.method("PUT", p.instance(session, instance) + "/values", List.of(value(accuracy, null))));
        assertThat(instance(session(p, session), 1, 1).get("values")).isEmpty();
    }

    @Test
    void s14_a_target_met_by_one_set_is_achieved_in_that_session_and_completes_its_goal() {
        Pianist p = pianist();
        String target = command(WEB.post(p.base() + "/goals/" + p.shortTerm() + "/targets", Map.of(
                "name", "Scales 120×4", "activityId", p.scale(), "thresholds", List.of(
                        Map.of("metricId", p.tempo(), "operator", "GTE", "value", 120),
                        Map.of("metricId", p.reps(), "operator", "GTE", "value", 4)))))
                .body().get("id").asText();

        String session = dailyPractice(p, p.shortTerm());
        String scale = instance(session(p, session), 0, 0).get("id").asText();
        command(WEB.method("PUT", p.instance(session, scale) + "/sets", List.of(set(p, 120, 3), set(p, 125, 4))));

        JsonNode card = item(read(p.sessions()), session);
        assertThat(card).isNotNull();
        assertThat(card.get("achievedTargets")).hasSize(1);
        JsonNode achieved = card.get("achievedTargets").get(0);
        assertThat(achieved.get("targetId").asText()).isEqualTo(target);
        assertThat(achieved.get("goalId").asText()).isEqualTo(p.shortTerm());
        assertThat(achieved.get("name").asText()).isEqualTo("Scales 120×4");
        assertThat(achieved.get("achievedAt").isNull()).isFalse();
        assertThat(session(p, session).get("achievedTargets")).isEqualTo(card.get("achievedTargets"));

        JsonNode goal = read(p.base() + "/goals/" + p.shortTerm());
        assertThat(goal.get("completed").asBoolean()).isTrue();
        assertThat(goal.get("completionSource").asText()).isEqualTo("TARGETS");
        assertThat(goal.get("targets").get(0).get("achieved").asBoolean()).isTrue();
        assertThat(goal.get("targets").get(0).get("achievedInSessionId").asText()).isEqualTo(session);

        String other = dailyPractice(p, p.shortTerm());
        String otherScale = instance(session(p, other), 0, 0).get("id").asText();
        command(WEB.method("PUT", p.instance(other, otherScale) + "/sets", List.of(set(p, 118, 6))));
        assertThat(item(read(p.sessions()), other).get("achievedTargets")).isEmpty();
        assertThat(session(p, other).get("achievedTargets")).isEmpty();
        assertThat(session(p, session).get("achievedTargets")).hasSize(1);
    }

    @Test
    void s14_a_set_meeting_only_some_thresholds_achieves_nothing() {
        Pianist p = pianist();
        command(WEB.post(p.base() + "/goals/" + p.shortTerm() + "/targets", Map.of(
                "name", "Scales 120×4", "activityId", p.scale(), "thresholds", List.of(
                        Map.of("metricId", p.tempo(), "operator", "GTE", "value", 120),
                        Map.of("metricId", p.reps(), "operator", "GTE", "value", 4)))));
        String session = dailyPractice(p, p.shortTerm());
        String scale = instance(session(p, session), 0, 0).get("id").asText();
        command(WEB.method("PUT", p.instance(session, scale) + "/sets", List.of(set(p, 118, 6), set(p, 120, 3))));

        assertThat(session(p, session).get("achievedTargets")).isEmpty();
        JsonNode goal = read(p.base() + "/goals/" + p.shortTerm());
        assertThat(goal.get("completed").asBoolean()).isFalse();
        assertThat(goal.get("targets").get(0).get("achieved").asBoolean()).isFalse();
    }

    @Test
    void s15_completing_a_session_stops_its_running_timer() throws Exception {
        Pianist p = pianist();
        String session = dailyPractice(p, p.shortTerm());
        String scale = instance(session(p, session), 0, 0).get("id").asText();
        command(WEB.post(p.instance(session, scale) + "/timer/start", null));
        Thread.sleep(1_100);

        Instant before = Instant.now();
        Response completed = command(WEB.post(p.session(session) + "/complete", null));
        Instant after = Instant.now();
        assertThat(completed.body().get("completed").asBoolean()).isTrue();

        JsonNode detail = session(p, session);
        JsonNode timer = instance(detail, 0, 0);
        assertThat(timer.get("running").asBoolean()).isFalse();
        assertThat(timer.get("stoppedAt").isNull()).isFalse();
        assertThat(timer.get("durationSeconds").isNull()).isFalse();
        assertThat(timer.get("durationSeconds").asLong()).isGreaterThanOrEqualTo(1);

        assertThat(detail.get("completed").asBoolean()).isTrue();
        assertThat(detail.get("completedAt").isNull()).isFalse();
        Instant startedAt = instant(detail.get("startedAt"));
        Instant endedAt = instant(detail.get("endedAt"));
        assertThat(endedAt).isBetween(before.minusSeconds(5), after.plusSeconds(5));
        assertThat(detail.get("totalDurationSeconds").asLong()).isEqualTo(Duration.between(startedAt, endedAt).getSeconds());
        assertThat(detail.get("totalDurationSource").asText()).isEqualTo("COMPLETED");
        assertThat(instant(timer.get("stoppedAt"))).isBeforeOrEqualTo(endedAt);

        assertThat(ids(read(p.sessions() + "?status=completed"))).contains(session);
        assertThat(ids(read(p.sessions() + "?status=open"))).doesNotContain(session);
        JsonNode card = item(read(p.sessions()), session);
        assertThat(card.get("completed").asBoolean()).isTrue();
        assertThat(card.get("totalDurationSeconds").asLong()).isEqualTo(detail.get("totalDurationSeconds").asLong());

        // Completing again changes nothing; a timer cannot start in a completed session.
        command(WEB.post(p.session(session) + "/complete", null));
        assertThat(session(p, session).get("endedAt").asText()).isEqualTo(detail.get("endedAt").asText());
        refused(WEB.post(p.instance(session, scale) + "/timer/start", null));
    }

    @Test
    void s16_an_open_session_totals_its_timed_instances_and_otherwise_its_planned_minutes() {
        Pianist p = pianist();
        String session = dailyPractice(p, p.shortTerm());
        JsonNode detail = session(p, session);
        String scale = instance(detail, 0, 0).get("id").asText();
        String nocturne = instance(detail, 1, 0).get("id").asText();
        Instant nine = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC);
        command(WEB.method("PUT", p.instance(session, scale) + "/times", times(nine, nine.plusSeconds(600))));
        command(WEB.method("PUT", p.instance(session, nocturne) + "/times",
                           times(nine.plusSeconds(600), nine.plusSeconds(900))));

        detail = session(p, session);
        assertThat(detail.get("completed").asBoolean()).isFalse();
        assertThat(detail.get("endedAt").isNull()).isTrue();
        assertThat(detail.get("totalDurationSeconds").asInt()).isEqualTo(900);
        assertThat(detail.get("totalDurationSource").asText()).isEqualTo("INSTANCES");
        assertThat(detail.get("sections")).extracting(s -> s.get("durationSeconds").asInt()).containsExactly(600, 300);
        JsonNode card = item(read(p.sessions()), session);
        assertThat(card.get("totalDurationSeconds").asInt()).isEqualTo(900);
        assertThat(card.get("totalDurationSource").asText()).isEqualTo("INSTANCES");

        // Moving the start of an open session keeps it open, without an end, and its total from the instances.
        Instant earlier = instant(detail.get("startedAt")).minus(Duration.ofHours(1));
        command(WEB.patch(p.session(session), Map.of("startedAt", earlier.toString())));
        detail = session(p, session);
        assertThat(instant(detail.get("startedAt"))).isEqualTo(earlier);
        assertThat(detail.get("endedAt").isNull()).isTrue();
        assertThat(detail.get("totalDurationSeconds").asInt()).isEqualTo(900);

        String untimed = dailyPractice(p, p.shortTerm());
        JsonNode planned = session(p, untimed);
        assertThat(planned.get("totalDurationSeconds").asInt()).isEqualTo(40 * 60);
        assertThat(planned.get("totalDurationSource").asText()).isEqualTo("PLANNED");
        assertThat(planned.get("sections")).allMatch(s -> s.get("durationSeconds").isNull());
        assertThat(item(read(p.sessions()), untimed).get("totalDurationSource").asText()).isEqualTo("PLANNED");
    }

    @Test
    void s17_activities_are_added_moved_and_removed_inside_a_session() {
        Pianist p = pianist();
        String session = dailyPractice(p, p.shortTerm());
        String scale = instance(session(p, session), 0, 0).get("id").asText();

        String added = command(WEB.post(p.session(session) + "/activities", Map.of("activityId", p.nocturne(), "section", 0)))
                .body().get("id").asText();
        assertThat(session(p, session).get("sections").get(0).get("instances")).extracting(i -> i.get("id").asText())
                                                                                .containsExactly(scale, added);

        command(WEB.post(p.instance(session, added) + "/move", Map.of("section", 0, "position", 0)));
        assertThat(session(p, session).get("sections").get(0).get("instances")).extracting(i -> i.get("id").asText())
                                                                                .containsExactly(added, scale);

        command(WEB.delete(p.instance(session, scale)));
        JsonNode detail = session(p, session);
        assertThat(detail.get("sections").get(0).get("instances")).extracting(i -> i.get("id").asText()).containsExactly(added);
        assertThat(WEB.post(p.instance(session, scale) + "/timer/start", null).token(alice).send().status()).isEqualTo(404);

        String trills = createActivity(p.base(), Map.of("name", "Trills", "hasMetrics", false));
        assertThat(read(p.base() + "/activities/" + trills).get("name").asText()).isEqualTo("Trills");
        String trillsInstance = command(WEB.post(p.session(session) + "/activities", Map.of("activityId", trills, "section", 0)))
                .body().get("id").asText();

        detail = session(p, session);
        assertThat(detail.get("sections")).extracting(s -> s.get("name").asText()).containsExactly("Warm-up", "Repertoire");
        assertThat(detail.get("sections").get(0).get("instances")).extracting(i -> i.get("id").asText())
                                                                  .containsExactly(added, trillsInstance);
        assertThat(detail.get("sections").get(0).get("instances")).extracting(i -> i.get("activityId").asText())
                                                                  .containsExactly(p.nocturne(), trills);
        assertThat(detail.get("sections").get(1).get("instances")).extracting(i -> i.get("activityId").asText())
                                                                  .containsExactly(p.nocturne());
        assertThat(item(read(p.sessions()), session).get("sections")).extracting(s -> s.get("instanceCount").asInt())
                                                                     .containsExactly(2, 1);

        refused(WEB.post(p.instance(session, added) + "/move", Map.of("section", 2, "position", 0)));
        refused(WEB.post(p.session(session) + "/activities", Map.of("activityId", trills, "section", 0, "position", 3)));
    }

    @Test
    void s18_a_deleted_session_is_gone_and_its_goals_are_unaffected() {
        Pianist p = pianist();
        String session = dailyPractice(p, p.shortTerm(), p.immediate());
        String kept = dailyPractice(p, p.shortTerm());
        JsonNode treeBefore = read(p.base() + "/tree");

        command(WEB.delete(p.session(session)));
        assertThat(get(p.session(session)).status()).isEqualTo(404);
        List<String> listed = ids(read(p.sessions()));
        assertThat(listed).doesNotContain(session).contains(kept);
        assertThat(WEB.post(p.session(session) + "/complete", null).token(alice).send().status()).isEqualTo(404);

        for (String goalId : List.of(p.shortTerm(), p.immediate())) {
            JsonNode goal = read(p.base() + "/goals/" + goalId);
            assertThat(goal.get("completed").asBoolean()).isFalse();
        }
        JsonNode treeAfter = read(p.base() + "/tree");
        assertThat(treeAfter.get("subtreeGoalCount").asInt()).isEqualTo(treeBefore.get("subtreeGoalCount").asInt()).isEqualTo(5);
        assertThat(allNodes(treeAfter)).extracting(node -> node.get("name").asText())
                                      .isEqualTo(allNodes(treeBefore).stream().map(node -> node.get("name").asText()).toList());
        assertThat(session(p, kept).get("goalIds")).extracting(JsonNode::asText).containsExactly(p.shortTerm());
    }

    @Test
    void bob_gets_404_for_alices_session_and_cannot_create_one_in_her_fractal() {
        Pianist p = pianist();
        String session = dailyPractice(p, p.shortTerm());

        Response read = WEB.get(p.session(session)).token(bob).header("X-Consistency-Token", consistency).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(404);
        Response list = WEB.get(p.sessions()).token(bob).header("X-Consistency-Token", consistency).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(404);
        Response create = WEB.post(p.sessions(), Map.of("templateId", p.template(), "goalIds", List.of(p.shortTerm())))
                             .token(bob).send();
        assertThat(create.status()).as(create.toString()).isEqualTo(404);
        Response timer = WEB.post(p.session(session) + "/activities/" + instance(session(p, session), 0, 0).get("id").asText()
                                  + "/timer/start", null).token(bob).send();
        assertThat(timer.status()).as(timer.toString()).isEqualTo(404);

        assertThat(read(p.sessions()).get("items")).hasSize(1);
        assertThat(instance(session(p, session), 0, 0).get("running").asBoolean()).isFalse();
    }
}
