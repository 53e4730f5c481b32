package org.fractalgoals.command.session;

import org.fractalgoals.command.template.TemplateReader;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionGoalsLinked;
import org.fractalgoals.events.session.SessionRenamed;
import org.fractalgoals.events.session.SessionReopened;
import org.fractalgoals.events.session.SessionStartChanged;
import org.fractalgoals.events.session.TimerStopped;
import org.fractalgoals.events.template.TemplateSection;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The session endpoints of the command-service over HTTP, against the real event store. */
class SessionCommandApiTest extends SessionApiTest {

    @BeforeEach
    void fractalWithGoal() {
        aFractalWithAShortTermGoal();
    }

    @Test
    void a_session_from_a_template_copies_its_name_sections_activities_and_planned_minutes() {
        UUID scales = activity(true, Set.of(UUID.randomUUID()));
        UUID nocturne = activity(false, Set.of());
        UUID templateId = UUID.randomUUID();
        catalogue.template(fractal, new TemplateReader.Template(templateId, "Daily Practice", "Every morning", List.of(
                new TemplateSection("Warm-up", 10, List.of(scales)), new TemplateSection("Repertoire", 30, List.of(nocturne)))));
        UUID programDay = UUID.randomUUID();
        // A day of this fractal as the programs feature's lookup knows it (programs have their own tests).
        jdbc.update("insert into program_day_ref (day_id, fractal_id) values (?, ?)", programDay, fractal);
        Instant before = Instant.now();

        Response response = send("POST", base() + "/sessions", alice,
                                 Map.of("templateId", templateId, "programDayId", programDay, "goalIds", List.of(shortTerm)));

        UUID sessionId = created(response);
        assertThat(response.header("Location")).hasValue(session(sessionId));
        assertThat(response.header("X-Consistency-Token")).isPresent();
        SessionCreated event = (SessionCreated) events(sessionId).getFirst();
        assertThat(event.name()).isEqualTo("Daily Practice");
        assertThat(event.description()).isEqualTo("Every morning");
        assertThat(event.templateId()).isEqualTo(templateId);
        assertThat(event.programDayId()).isEqualTo(programDay);
        assertThat(event.plannedMinutes()).isEqualTo(40);
        assertThat(event.startedAt()).isBetween(before, Instant.now());
        assertThat(event.goalIds()).containsExactly(shortTerm);
        assertThat(event.sections()).extracting(s -> s.name() + " " + s.plannedMinutes())
                                    .containsExactly("Warm-up 10", "Repertoire 30");
        assertThat(event.sections().get(0).instances()).singleElement().satisfies(i -> assertThat(i.activityId()).isEqualTo(scales));
        assertThat(event.sections().get(1).instances()).singleElement().satisfies(i -> assertThat(i.activityId()).isEqualTo(nocturne));
    }

    @Test
    void a_program_day_that_does_not_exist_in_the_fractal_is_refused() {
        Response response = send("POST", base() + "/sessions", alice,
                                 Map.of("programDayId", UUID.randomUUID(), "goalIds", List.of(shortTerm)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("programDayId");
    }

    @Test
    void the_name_stored_is_encrypted_in_the_event_store() {
        UUID sessionId = created(send("POST", base() + "/sessions", alice,
                                      Map.of("name", "Secret rehearsal", "goalIds", List.of(shortTerm))));
        String payload = jdbc.queryForObject("select convert_from(payload, 'UTF8') from eventstore.domainevententry "
                                                     + "where aggregateidentifier = ?", String.class, sessionId.toString());
        assertThat(payload).doesNotContain("Secret rehearsal").contains("pd1:");
        assertThat(((SessionCreated) events(sessionId).getFirst()).name()).isEqualTo("Secret rehearsal");
    }

    @Test
    void a_new_immediate_goal_is_created_in_the_same_request_and_linked() {
        Response response = send("POST", base() + "/sessions", alice,
                                 Map.of("goalIds", List.of(shortTerm),
                                        "newImmediateGoals", List.of(Map.of("parentId", shortTerm, "name", "Left-hand arpeggios"))));

        UUID sessionId = created(response);
        UUID newGoal = UUID.fromString(response.body().get("newImmediateGoalIds").get(0).asText());
        GoalCreated goal = (GoalCreated) events(fractal).getLast();
        assertThat(goal.goalId()).isEqualTo(newGoal);
        assertThat(goal.parentId()).isEqualTo(shortTerm);
        assertThat(goal.level()).isEqualTo(GoalLevel.IMMEDIATE);
        assertThat(goal.name()).isEqualTo("Left-hand arpeggios");
        assertThat(((SessionCreated) events(sessionId).getFirst()).goalIds()).containsExactly(shortTerm, newGoal);
        // One token for the whole request: the goal's event and the session's.
        assertThat(positions(response)).hasSize(2);
    }

    @Test
    void a_refused_session_creates_no_goal_either() {
        long before = eventCount();
        Response response = send("POST", base() + "/sessions", alice,
                                 Map.of("goalIds", List.of(UUID.randomUUID()),
                                        "newImmediateGoals", List.of(Map.of("parentId", shortTerm, "name", "Orphan"))));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("goalIds");
        assertThat(eventCount()).isEqualTo(before);
        // The fractal still works: its cached state did not keep the goal of the failed request.
        UUID sessionId = created(send("POST", base() + "/sessions", alice,
                                      Map.of("newImmediateGoals", List.of(Map.of("parentId", shortTerm, "name", "Real")))));
        assertThat(((SessionCreated) events(sessionId).getFirst()).goalIds()).hasSize(1);
    }

    @Test
    void creating_needs_a_goal_and_reports_refused_new_goals_where_they_are_in_the_body() {
        Response none = send("POST", base() + "/sessions", alice, Map.of("goalIds", List.of()));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body().get("errors").get(0).get("field").asText()).isEqualTo("goalIds");

        UUID immediate = created(send("POST", base() + "/goals", alice, Map.of("parentId", shortTerm, "name", "IG")));
        Response tooDeep = send("POST", base() + "/sessions", alice,
                                Map.of("newImmediateGoals", List.of(Map.of("parentId", immediate, "name", "under an IG"))));
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.body().get("errors").get(0).get("field").asText()).isEqualTo("newImmediateGoals[0].parentId");

        Response blank = send("POST", base() + "/sessions", alice,
                              "{\"goalIds\": [\"nope\"], \"newImmediateGoals\": [{\"parentId\": \"" + shortTerm + "\"}], \"x\": 1}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("errors")).extracting(e -> e.get("field").asText())
                                              .containsExactlyInAnyOrder("x", "goalIds[0]", "newImmediateGoals[0].name");

        Response unknownTemplate = send("POST", base() + "/sessions", alice,
                                        Map.of("templateId", UUID.randomUUID(), "goalIds", List.of(shortTerm)));
        assertThat(unknownTemplate.status()).isEqualTo(400);
        assertThat(unknownTemplate.body().get("errors").get(0).get("field").asText()).isEqualTo("templateId");
    }

    @Test
    void started_at_left_out_is_now_and_sent_as_null_means_not_started() {
        Map<String, Object> planned = new HashMap<>(Map.of("goalIds", List.of(shortTerm)));
        planned.put("startedAt", null);
        UUID notStarted = created(send("POST", base() + "/sessions", alice, planned));
        assertThat(((SessionCreated) events(notStarted).getFirst()).startedAt()).isNull();

        Response start = send("PATCH", session(notStarted), alice, Map.of("startedAt", "2026-01-05T10:00:00Z"));
        assertThat(start.status()).as(start.toString()).isEqualTo(200);
        assertThat(((SessionStartChanged) events(notStarted).getLast()).startedAt())
                .isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
    }

    @Test
    void patch_changes_what_was_sent_and_if_match_guards_it() {
        UUID sessionId = anEmptySession();
        UUID immediate = created(send("POST", base() + "/goals", alice, Map.of("parentId", shortTerm, "name", "IG")));

        Response stale = send("PATCH", session(sessionId), alice, Map.of("name", "x"), Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(412);

        Response patched = send("PATCH", session(sessionId), alice,
                                Map.of("name", "Evening", "goalIds", List.of(shortTerm, immediate)),
                                Map.of("If-Match", "\"0\""));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        List<Object> events = events(sessionId);
        assertThat(events).hasSize(3);
        assertThat(events.get(1)).isInstanceOf(SessionRenamed.class);
        assertThat(((SessionGoalsLinked) events.get(2)).goalIds()).containsExactly(immediate);

        Response planned = send("PATCH", session(sessionId), alice, Map.of("plannedMinutes", 5));
        assertThat(planned.status()).isEqualTo(400);
        assertThat(planned.body().get("errors").get(0).get("field").asText()).isEqualTo("plannedMinutes");
    }

    @Test
    void completing_stops_running_timers_and_reopening_clears_the_completion() {
        UUID sessionId = created(send("POST", base() + "/sessions", alice,
                                      Map.of("goalIds", List.of(shortTerm),
                                             "startedAt", Instant.now().minus(Duration.ofMinutes(30)).toString())));
        UUID instanceId = addInstance(sessionId, activity(false, Set.of()));
        assertThat(send("POST", instance(sessionId, instanceId) + "/timer/start", alice, null).status()).isEqualTo(200);

        Response completed = send("POST", session(sessionId) + "/complete", alice, null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        List<Object> events = events(sessionId);
        TimerStopped stopped = (TimerStopped) events.get(events.size() - 2);
        SessionCompleted completion = (SessionCompleted) events.getLast();
        assertThat(stopped.instanceId()).isEqualTo(instanceId);
        assertThat(completion.durationSeconds()).isBetween(1799L, 1802L);
        assertThat(positions(completed)).hasSize(2);

        assertThat(send("POST", session(sessionId) + "/reopen", alice, null).status()).isEqualTo(200);
        assertThat(events(sessionId).getLast()).isInstanceOf(SessionReopened.class);
    }

    @Test
    void a_deleted_session_answers_404_afterwards() {
        UUID sessionId = anEmptySession();
        assertThat(send("DELETE", session(sessionId), alice, null).status()).isEqualTo(204);
        assertThat(events(sessionId).getLast()).isInstanceOf(SessionDeleted.class);
        assertThat(send("PATCH", session(sessionId), alice, Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(send("POST", session(sessionId) + "/complete", alice, null).status()).isEqualTo(404);
        assertThat(send("DELETE", session(sessionId), alice, null).status()).isEqualTo(404);
    }

    @Test
    void a_missing_session_is_404_whatever_the_body() {
        Response response = send("PATCH", session(UUID.randomUUID()), alice, "{\"nonsense\": true}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asText()).isEqualTo("Session not found");
    }

    @Test
    void an_idempotency_key_creates_one_session() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("goalIds", List.of(shortTerm));
        Response first = send("POST", base() + "/sessions", alice, body, Map.of("Idempotency-Key", key));
        Response again = send("POST", base() + "/sessions", alice, body, Map.of("Idempotency-Key", key));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
    }
}
