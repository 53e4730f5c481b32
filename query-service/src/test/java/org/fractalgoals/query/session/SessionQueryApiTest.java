package org.fractalgoals.query.session;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.goal.ComparisonOperator;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.events.note.NoteContext;
import org.fractalgoals.events.note.NoteCreated;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.events.session.SetsRecorded;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The session and note reads over HTTP, from events appended to the real event store by another writer. */
class SessionQueryApiTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Autowired
    private EventWriter events;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    private final UUID shortTerm = UUID.randomUUID();
    private final UUID immediate = UUID.randomUUID();
    private final UUID scales = UUID.randomUUID();
    private final UUID tempo = UUID.randomUUID();
    private final UUID reps = UUID.randomUUID();
    private final UUID target = UUID.randomUUID();
    private long fractalSequence;
    private final List<Long> positions = new ArrayList<>();

    @BeforeEach
    void aFractalWithATarget() {
        appendFractal(new FractalCreated(fractal, alice, T0),
                      new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Become a pianist", null, null, null, alice, T0),
                      new GoalCreated(fractal, shortTerm, fractal, GoalLevel.SHORT_TERM, "Hands together", null, null, null,
                                      alice, T0),
                      new GoalCreated(fractal, immediate, shortTerm, GoalLevel.IMMEDIATE, "Bars 1–8", null, null, null,
                                      alice, T0),
                      new TargetAdded(fractal, shortTerm, target, "Scales 120×4", scales,
                                      List.of(new Threshold(tempo, ComparisonOperator.GTE, BigDecimal.valueOf(120)),
                                              new Threshold(reps, ComparisonOperator.GTE, BigDecimal.valueOf(4))),
                                      alice, T0));
    }

    private void appendFractal(org.fractalgoals.events.goal.GoalEvent... goalEvents) {
        ConsistencyToken token = events.append(fractal, fractalSequence, goalEvents);
        fractalSequence += goalEvents.length;
        positions.addAll(token.positions());
    }

    private void append(UUID aggregate, long first, org.fractalgoals.events.personaldata.OwnedEvent... owned) {
        positions.addAll(events.append(aggregate, first, owned).positions());
    }

    private Response get(String path, String user) {
        return api.get(path).token(TestTokens.forUser(user))
                  .header(ConsistencyToken.HEADER, ConsistencyToken.of(positions).encode()).send();
    }

    private String sessions() {
        return "/api/v1/fractals/" + fractal + "/sessions";
    }

    /** S14: a session linked to both goals; the set (125, 4) achieved "Scales 120×4" and completed the goal. */
    private UUID aSessionThatAchievedTheTarget(UUID instance) {
        UUID session = UUID.randomUUID();
        append(session, 0,
               new SessionCreated(fractal, session, "Daily Practice", null, UUID.randomUUID(), null, T0, 40,
                                  List.of(new SessionSection("Warm-up", 10, List.of(new SessionInstance(instance, scales))),
                                          new SessionSection("Repertoire", 30, List.of())),
                                  List.of(shortTerm, immediate), alice, T0),
               new SetsRecorded(fractal, session, instance, scales, List.of(
                       new ActivitySet(List.of(new RecordedValue(tempo, null, new BigDecimal("120")),
                                               new RecordedValue(reps, null, new BigDecimal("3")))),
                       new ActivitySet(List.of(new RecordedValue(tempo, null, new BigDecimal("125")),
                                               new RecordedValue(reps, null, new BigDecimal("4"))))), alice, T0));
        appendFractal(new TargetAchieved(fractal, shortTerm, target, session, instance, alice, T0.plusSeconds(5)),
                      new GoalCompleted(fractal, shortTerm, CompletionSource.TARGETS, session, alice, T0.plusSeconds(5)));
        return session;
    }

    @Test
    void the_detail_has_every_contract_field_and_the_achieved_targets() {
        UUID instance = UUID.randomUUID();
        UUID session = aSessionThatAchievedTheTarget(instance);
        append(session, 2, new TimerStarted(fractal, session, instance, T0.plusSeconds(60), alice, T0));

        Response response = get(sessions() + "/" + session, alice);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).hasValue("\"2\"");
        JsonNode body = response.body();
        assertThat(iterable(body.fieldNames())).containsExactlyInAnyOrder(
                "id", "fractalId", "name", "description", "templateId", "programDayId", "startedAt", "endedAt",
                "completed", "completedAt", "totalDurationSeconds", "totalDurationSource", "plannedMinutes", "goalIds",
                "achievedTargets", "sections", "createdAt", "updatedAt", "version");
        assertThat(body.get("startedAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(body.get("endedAt").isNull()).isTrue();
        assertThat(body.get("plannedMinutes").asInt()).isEqualTo(40);
        assertThat(body.get("totalDurationSeconds").asLong()).isEqualTo(2400);
        assertThat(body.get("goalIds")).hasSize(2);
        JsonNode achieved = body.get("achievedTargets").get(0);
        assertThat(achieved.get("targetId").asText()).isEqualTo(target.toString());
        assertThat(achieved.get("goalId").asText()).isEqualTo(shortTerm.toString());
        assertThat(achieved.get("name").asText()).isEqualTo("Scales 120×4");
        assertThat(achieved.get("achievedAt").asText()).isEqualTo("2026-01-05T10:00:05Z");
        JsonNode section = body.get("sections").get(0);
        assertThat(iterable(section.fieldNames())).contains("name", "plannedMinutes", "instances");
        JsonNode first = section.get("instances").get(0);
        assertThat(iterable(first.fieldNames())).containsExactlyInAnyOrder(
                "id", "activityId", "startedAt", "stoppedAt", "durationSeconds", "running", "sets", "values", "notes");
        assertThat(first.get("running").asBoolean()).isTrue();
        assertThat(first.get("startedAt").asText()).isEqualTo("2026-01-05T10:01:00Z");
        assertThat(first.get("stoppedAt").isNull()).isTrue();
        assertThat(first.get("sets").get(1).get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("125");
        assertThat(body.get("sections").get(1).get("instances")).isEmpty();
    }

    @Test
    void the_list_shows_achieved_targets_filters_by_status_and_checks_its_parameters() {
        UUID achieving = aSessionThatAchievedTheTarget(UUID.randomUUID());
        UUID other = UUID.randomUUID();
        append(other, 0, new SessionCreated(fractal, other, null, null, null, null, T0.plusSeconds(3600), null, List.of(),
                                            List.of(shortTerm), alice, T0),
               new SessionCompleted(fractal, other, T0.plusSeconds(4500), 900, alice, T0.plusSeconds(4500)));

        Response all = get(sessions(), alice);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.body().get("items")).extracting(item -> item.get("id").asText())
                                           .containsExactly(other.toString(), achieving.toString());
        assertThat(all.body().get("items").get(1).get("achievedTargets").get(0).get("name").asText())
                .isEqualTo("Scales 120×4");
        assertThat(all.body().has("nextCursor")).isTrue();

        Response completed = get(sessions() + "?status=completed", alice);
        assertThat(completed.body().get("items")).singleElement()
                                                 .satisfies(item -> assertThat(item.get("id").asText()).isEqualTo(other.toString()));
        assertThat(get(sessions() + "?status=open&limit=1", alice).body().get("items")).hasSize(1);

        assertThat(get(sessions() + "?status=paused", alice).status()).isEqualTo(400);
        assertThat(get(sessions() + "?limit=0", alice).status()).isEqualTo(400);
        assertThat(get(sessions() + "?limit=201", alice).status()).isEqualTo(400);
        assertThat(get(sessions() + "?cursor=nonsense", alice).status()).isEqualTo(400);
    }

    @Test
    void a_deleted_goal_leaves_the_session_without_its_link() {
        UUID session = aSessionThatAchievedTheTarget(UUID.randomUUID());
        appendFractal(new GoalDeleted(fractal, immediate, List.of(immediate), alice, T0));

        JsonNode body = get(sessions() + "/" + session, alice).body();

        assertThat(body.get("goalIds")).extracting(JsonNode::asText).containsExactly(shortTerm.toString());
    }

    @Test
    void a_deleted_or_missing_session_is_404() {
        UUID session = aSessionThatAchievedTheTarget(UUID.randomUUID());
        append(session, 2, new SessionDeleted(fractal, session, alice, T0));

        Response deleted = get(sessions() + "/" + session, alice);
        Response missing = get(sessions() + "/" + UUID.randomUUID(), alice);

        assertThat(deleted.status()).isEqualTo(404);
        assertThat(deleted.body().get("detail").asText()).isEqualTo("Session not found");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(get(sessions(), alice).body().get("items")).isEmpty();
    }

    @Test
    void notes_are_listed_by_context() {
        UUID session = aSessionThatAchievedTheTarget(UUID.randomUUID());
        UUID note = UUID.randomUUID();
        append(note, 0, new NoteCreated(fractal, note, NoteContext.SESSION, session, session, "Felt rushed", alice, T0));

        Response response = get("/api/v1/fractals/" + fractal + "/notes?context=session&contextId=" + session, alice);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode item = response.body().get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo(note.toString());
        assertThat(item.get("context").asText()).isEqualTo("session");
        assertThat(item.get("text").asText()).isEqualTo("Felt rushed");
        assertThat(response.body().has("nextCursor")).isTrue();
        assertThat(get("/api/v1/fractals/" + fractal + "/notes?context=goal", alice).body().get("items")).isEmpty();
        assertThat(get("/api/v1/fractals/" + fractal + "/notes?context=program", alice).status()).isEqualTo(400);
        assertThat(get("/api/v1/fractals/" + fractal + "/notes?cursor=nonsense", alice).status()).isEqualTo(400);
        assertThat(get("/api/v1/fractals/" + fractal + "/notes?contextId=nonsense", alice).status()).isEqualTo(400);
    }

    @Test
    void every_read_answers_404_for_someone_elses_fractal() {
        UUID session = aSessionThatAchievedTheTarget(UUID.randomUUID());
        for (String path : List.of(sessions(), sessions() + "/" + session, sessions() + "?status=open",
                                   "/api/v1/fractals/" + fractal + "/notes",
                                   "/api/v1/fractals/" + fractal + "/notes?context=session&contextId=" + session)) {
            Response response = get(path, bob);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body().get("detail").asText()).isEqualTo("Fractal not found");
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }
}
