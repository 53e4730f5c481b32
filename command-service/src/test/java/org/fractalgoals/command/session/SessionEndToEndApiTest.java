package org.fractalgoals.command.session;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S10, S11, S13 and S14 through the real activity and template features (their endpoints and lookups, not the
 * test catalogue): a session from "Daily Practice" with a new immediate goal, split values, and a qualifying set
 * that achieves "Scales 120×4" and completes the short-term goal.
 */
class SessionEndToEndApiTest extends CommandServiceTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;

    private final String alice = TestTokens.newUserId();

    private Response send(String method, String path, Object body) {
        return api.method(method, path, body).token(TestTokens.forUser(alice)).send();
    }

    private UUID created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asText());
    }

    private Object first(UUID aggregateId) {
        return eventStore.readEvents(aggregateId.toString(), 0).asStream().map(DomainEventMessage::getPayload)
                         .findFirst().orElseThrow();
    }

    @Test
    void a_practice_from_a_template_records_split_values_and_achieves_a_target() {
        UUID fractal = created(send("POST", "/api/v1/fractals", Map.of("name", "Become a pianist")));
        String base = "/api/v1/fractals/" + fractal;
        UUID shortTerm = created(send("POST", base + "/goals",
                                      Map.of("parentId", fractal, "name", "Hands together", "level", "SHORT_TERM")));
        UUID scales = created(send("POST", base + "/activities", Map.of(
                "name", "C major scale", "hasSets", true,
                "metrics", List.of(Map.of("name", "Tempo", "unit", "bpm", "topSet", true), Map.of("name", "Reps", "unit", "reps")))));
        List<MetricDefinition> scaleMetrics = ((ActivityCreated) first(scales)).metrics();
        UUID tempo = scaleMetrics.get(0).metricId();
        UUID reps = scaleMetrics.get(1).metricId();
        UUID hands = created(send("POST", base + "/activities", Map.of(
                "name", "Hand independence", "hasSplits", true,
                "metrics", List.of(Map.of("name", "Accuracy", "unit", "%")),
                "splits", List.of(Map.of("name", "Left"), Map.of("name", "Right")))));
        ActivityCreated handsCreated = (ActivityCreated) first(hands);
        UUID accuracy = handsCreated.metrics().getFirst().metricId();
        List<UUID> splits = handsCreated.splits().stream().map(SplitDefinition::splitId).toList();
        UUID template = created(send("POST", base + "/templates", Map.of(
                "name", "Daily Practice", "sections", List.of(
                        Map.of("name", "Warm-up", "plannedMinutes", 10, "activityIds", List.of(scales)),
                        Map.of("name", "Repertoire", "plannedMinutes", 30, "activityIds", List.of(hands))))));
        created(send("POST", base + "/goals/" + shortTerm + "/targets", Map.of(
                "name", "Scales 120×4", "activityId", scales, "thresholds", List.of(
                        Map.of("metricId", tempo, "operator", "GTE", "value", 120),
                        Map.of("metricId", reps, "operator", "GTE", "value", 4)))));

        UUID session = created(send("POST", base + "/sessions", Map.of(
                "templateId", template, "goalIds", List.of(shortTerm),
                "newImmediateGoals", List.of(Map.of("parentId", shortTerm, "name", "Left-hand arpeggios")))));

        SessionCreated createdEvent = (SessionCreated) first(session);
        assertThat(createdEvent.name()).isEqualTo("Daily Practice");
        assertThat(createdEvent.plannedMinutes()).isEqualTo(40);
        assertThat(createdEvent.goalIds()).hasSize(2);
        UUID scalesInstance = createdEvent.sections().get(0).instances().getFirst().instanceId();
        UUID handsInstance = createdEvent.sections().get(1).instances().getFirst().instanceId();
        String activities = base + "/sessions/" + session + "/activities/";

        Response values = send("PUT", activities + handsInstance + "/values", List.of(
                Map.of("metricId", accuracy, "splitId", splits.get(0), "value", 90),
                Map.of("metricId", accuracy, "splitId", splits.get(1), "value", 80)));
        assertThat(values.status()).as(values.toString()).isEqualTo(200);
        Response noSplit = send("PUT", activities + handsInstance + "/values", List.of(Map.of("metricId", accuracy, "value", 1)));
        assertThat(noSplit.status()).isEqualTo(400);
        assertThat(noSplit.body().get("errors").get(0).get("field").asText()).isEqualTo("[0].splitId");

        Response sets = send("PUT", activities + scalesInstance + "/sets", List.of(
                Map.of("values", List.of(Map.of("metricId", tempo, "value", 120), Map.of("metricId", reps, "value", 3))),
                Map.of("values", List.of(Map.of("metricId", tempo, "value", 125), Map.of("metricId", reps, "value", 4)))));

        assertThat(sets.status()).as(sets.toString()).isEqualTo(200);
        List<Long> goalEvents = jdbc.queryForList(
                "select globalindex from eventstore.domainevententry where aggregateidentifier = ? and payloadtype in (?, ?)",
                Long.class, fractal.toString(), TargetAchieved.class.getName(), GoalCompleted.class.getName());
        assertThat(goalEvents).hasSize(2);
        assertThat(ConsistencyToken.decode(sets.header(ConsistencyToken.HEADER).orElseThrow()).positions())
                .containsAll(goalEvents);
    }
}
