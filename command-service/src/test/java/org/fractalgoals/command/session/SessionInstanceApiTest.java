package org.fractalgoals.command.session;

import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceMoved;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.InstanceNoteChanged;
import org.fractalgoals.events.session.InstanceTimesSet;
import org.fractalgoals.events.session.SessionSectionAdded;
import org.fractalgoals.events.session.SetsRecorded;
import org.fractalgoals.events.session.TimerReset;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.events.session.TimerStopped;
import org.fractalgoals.events.session.ValuesRecorded;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity instance endpoints over HTTP: adding and arranging, timers, times, sets, values and notes. */
class SessionInstanceApiTest extends SessionApiTest {

    private UUID sessionId;

    @BeforeEach
    void anEmptySessionInAFractal() {
        aFractalWithAShortTermGoal();
        sessionId = anEmptySession();
    }

    private static String field(Response response) {
        return response.body().get("errors").get(0).get("field").asText();
    }

    @Test
    void instances_are_added_into_a_new_section_moved_and_removed() {
        UUID scales = activity(true, Set.of(UUID.randomUUID()));
        UUID first = addInstance(sessionId, scales);
        List<Object> events = events(sessionId);
        assertThat(events.get(1)).isInstanceOf(SessionSectionAdded.class);
        assertThat(((ActivityInstanceAdded) events.get(2)).position()).isZero();

        Response second = send("POST", session(sessionId) + "/activities", alice,
                               Map.of("activityId", scales, "section", 0, "position", 0));
        UUID secondId = created(second);
        assertThat(second.header("Location")).hasValue(instance(sessionId, secondId));

        assertThat(send("POST", instance(sessionId, first) + "/move", alice, Map.of("section", 0, "position", 0))
                           .status()).isEqualTo(200);
        assertThat(events(sessionId).getLast()).isEqualTo(new ActivityInstanceMoved(
                fractal, sessionId, first, 0, 0, alice, ((ActivityInstanceMoved) events(sessionId).getLast()).occurredAt()));

        Response outOfRange = send("POST", instance(sessionId, first) + "/move", alice, Map.of("section", 3, "position", 0));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(field(outOfRange)).isEqualTo("section");
        Response noPosition = send("POST", instance(sessionId, first) + "/move", alice, Map.of("section", 0));
        assertThat(noPosition.status()).isEqualTo(400);
        assertThat(field(noPosition)).isEqualTo("position");

        assertThat(send("DELETE", instance(sessionId, secondId), alice, null).status()).isEqualTo(204);
        assertThat(events(sessionId).getLast()).isInstanceOf(ActivityInstanceRemoved.class);
        Response gone = send("POST", instance(sessionId, secondId) + "/timer/start", alice, null);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body().get("detail").asText()).isEqualTo("Activity instance not found");
    }

    @Test
    void an_unknown_activity_is_refused() {
        Response response = send("POST", session(sessionId) + "/activities", alice, Map.of("activityId", UUID.randomUUID()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(field(response)).isEqualTo("activityId");
    }

    @Test
    void a_timer_stopped_before_it_started_is_refused_and_then_runs_stops_and_resets() {
        UUID instanceId = addInstance(sessionId, activity(false, Set.of()));
        Response early = send("POST", instance(sessionId, instanceId) + "/timer/stop", alice, null);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body().get("detail").asText()).contains("never started");

        assertThat(send("POST", instance(sessionId, instanceId) + "/timer/start", alice, null).status()).isEqualTo(200);
        assertThat(send("POST", instance(sessionId, instanceId) + "/timer/start", alice, null).status()).isEqualTo(400);
        assertThat(send("POST", instance(sessionId, instanceId) + "/timer/stop", alice, null).status()).isEqualTo(200);
        assertThat(send("POST", instance(sessionId, instanceId) + "/timer/reset", alice, null).status()).isEqualTo(200);
        List<Object> events = events(sessionId);
        assertThat(events.subList(events.size() - 3, events.size()))
                .hasExactlyElementsOfTypes(TimerStarted.class, TimerStopped.class, TimerReset.class);
    }

    @Test
    void typed_times_must_not_stop_before_they_start() {
        UUID instanceId = addInstance(sessionId, activity(false, Set.of()));
        Response backwards = send("PUT", instance(sessionId, instanceId) + "/times", alice,
                                  Map.of("startedAt", "2026-01-05T10:25:00Z", "stoppedAt", "2026-01-05T10:00:00Z"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(field(backwards)).isEqualTo("stoppedAt");
        Response malformed = send("PUT", instance(sessionId, instanceId) + "/times", alice, Map.of("startedAt", "10:00"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(field(malformed)).isEqualTo("startedAt");

        Response typed = send("PUT", instance(sessionId, instanceId) + "/times", alice,
                              Map.of("startedAt", "2026-01-05T10:00:00Z", "stoppedAt", "2026-01-05T10:25:00Z"));
        assertThat(typed.status()).as(typed.toString()).isEqualTo(200);
        assertThat(((InstanceTimesSet) events(sessionId).getLast()).durationSeconds()).isEqualTo(1500L);
    }

    @Test
    void sets_are_recorded_in_order_with_field_paths_for_errors() {
        UUID tempo = UUID.randomUUID();
        UUID reps = UUID.randomUUID();
        UUID instanceId = addInstance(sessionId, activity(true, Set.of(tempo, reps)));
        List<Map<String, Object>> sets = List.of(
                Map.of("values", List.of(Map.of("metricId", tempo, "value", 100), Map.of("metricId", reps, "value", 4))),
                Map.of("values", List.of(Map.of("metricId", tempo, "value", 120), Map.of("metricId", reps, "value", 3))),
                Map.of("values", List.of(Map.of("metricId", tempo, "value", 110.5))));
        Response recorded = send("PUT", instance(sessionId, instanceId) + "/sets", alice, sets);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        SetsRecorded event = (SetsRecorded) events(sessionId).getLast();
        assertThat(event.sets()).extracting(set -> set.values().getFirst().value())
                                .containsExactly(new BigDecimal("100"), new BigDecimal("120"), new BigDecimal("110.5"));

        Response wrong = send("PUT", instance(sessionId, instanceId) + "/sets", alice,
                              List.of(Map.of("values", List.of(Map.of("metricId", tempo, "value", "fast"))),
                                      Map.of("values", List.of(Map.of("metricId", UUID.randomUUID(), "value", 1)))));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(field(wrong)).isEqualTo("[0].values[0].value");
        Response unknownMetric = send("PUT", instance(sessionId, instanceId) + "/sets", alice,
                                      List.of(Map.of("values", List.of(Map.of("metricId", UUID.randomUUID(), "value", 1)))));
        assertThat(unknownMetric.status()).isEqualTo(400);
        assertThat(field(unknownMetric)).isEqualTo("[0].values[0].metricId");
        Response values = send("PUT", instance(sessionId, instanceId) + "/values", alice,
                               List.of(Map.of("metricId", tempo, "value", 1)));
        assertThat(values.status()).isEqualTo(400);
        assertThat(field(values)).isEqualTo("values");
    }

    @Test
    void single_values_are_set_and_a_null_value_clears_one() {
        UUID accuracy = UUID.randomUUID();
        UUID instanceId = addInstance(sessionId, activity(false, Set.of(accuracy)));
        assertThat(send("PUT", instance(sessionId, instanceId) + "/values", alice,
                        List.of(Map.of("metricId", accuracy, "value", 92))).status()).isEqualTo(200);
        Map<String, Object> clear = new HashMap<>(Map.of("metricId", accuracy));
        clear.put("value", null);
        assertThat(send("PUT", instance(sessionId, instanceId) + "/values", alice, List.of(clear)).status()).isEqualTo(200);
        ValuesRecorded cleared = (ValuesRecorded) events(sessionId).getLast();
        assertThat(cleared.values().getFirst().value()).isNull();

        Response sets = send("PUT", instance(sessionId, instanceId) + "/sets", alice, List.of());
        assertThat(sets.status()).isEqualTo(400);
        assertThat(field(sets)).isEqualTo("sets");
    }

    @Test
    void an_instance_has_notes_that_null_clears() {
        UUID instanceId = addInstance(sessionId, activity(false, Set.of()));
        assertThat(send("PATCH", instance(sessionId, instanceId), alice, Map.of("notes", "Relax the thumb")).status())
                .isEqualTo(200);
        assertThat(((InstanceNoteChanged) events(sessionId).getLast()).notes()).isEqualTo("Relax the thumb");
        assertThat(send("PATCH", instance(sessionId, instanceId), alice, "{\"notes\": null}").status()).isEqualTo(200);
        assertThat(((InstanceNoteChanged) events(sessionId).getLast()).notes()).isNull();
        Response missing = send("PATCH", instance(sessionId, instanceId), alice, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(field(missing)).isEqualTo("notes");
    }

    @Test
    void an_instance_of_another_session_is_404() {
        UUID other = anEmptySession();
        UUID instanceId = addInstance(other, activity(false, Set.of()));
        Response response = send("POST", instance(sessionId, instanceId) + "/timer/start", alice, null);
        assertThat(response.status()).isEqualTo(404);
    }
}
