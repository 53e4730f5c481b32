package org.fractalgoals.command.goal;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fractal whose stream passes the snapshot threshold: the snapshot is taken where the threshold was reached,
 * holds none of the goals' texts, and a fractal loaded from it (with the cache emptied) decides exactly as one
 * replayed from all its events.
 */
class FractalSnapshotApiTest extends CommandServiceTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Cache fractalCache;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer snapshotSerializer;
    @Value("${fractal.snapshots.every}")
    private int every;

    private final String alice = TestTokens.newUserId();
    // Every text sent contains this, so that a snapshot holding any text would show it.
    private final String marker = "Mazurka-" + UUID.randomUUID();

    private UUID fractal;
    private UUID longTerm;
    private UUID midTerm;
    private UUID shortTerm;
    private UUID target;

    /**
     * Goals with a deadline, a target and a completion first, then plain goals until the stream is a few events
     * past the threshold; every command appends exactly one event (the fractal's two), so the numbers are known.
     */
    @BeforeEach
    void aFractalPastTheThreshold() {
        fractal = created("/api/v1/fractals", Map.of("name", marker, "description", marker, "deadline", "2030-12-31"));
        longTerm = created(goals(), Map.of("parentId", fractal, "name", marker, "level", "LONG_TERM",
                                           "deadline", "2030-06-30"));
        midTerm = created(goals(), Map.of("parentId", longTerm, "name", marker, "relevance", marker));
        shortTerm = created(goals(), Map.of("parentId", midTerm, "name", marker));
        target = created(goal(midTerm) + "/targets", Map.of(
                "name", marker, "activityId", UUID.randomUUID(),
                "thresholds", List.of(Map.of("metricId", UUID.randomUUID(), "operator", "GTE",
                                             "value", new BigDecimal("3.50")))));
        assertThat(send("POST", goal(shortTerm) + "/complete", alice, Map.of()).status()).isEqualTo(200);
        while (lastSequence() < every + 9) {
            created(goals(), Map.of("parentId", fractal, "name", marker + " " + lastSequence()));
        }
    }

    @Test
    void the_snapshot_is_taken_at_the_event_that_reached_the_threshold_and_holds_no_goal_text() {
        Map<String, Object> row = jdbc.queryForMap(
                "select sequencenumber, type, payloadtype, payloadrevision, payload from eventstore.snapshotevententry"
                        + " where aggregateidentifier = ?", fractal.toString());

        assertThat(row.get("sequencenumber")).isEqualTo((long) every - 1);
        assertThat(row.get("type")).isEqualTo("Fractal");
        assertThat(row.get("payloadtype")).isEqualTo(Fractal.class.getName());
        assertThat(row.get("payloadrevision")).isEqualTo(Fractal.SNAPSHOT_REVISION);
        String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
        assertThat(payload).contains(longTerm.toString(), "2030-06-30")
                           .doesNotContain("Mazurka");
    }

    @Test
    void a_cold_fractal_starts_from_its_snapshot() {
        DomainEventMessage<?> first = eventStore.readEvents(fractal.toString()).peek();

        assertThat(first.getSequenceNumber()).isEqualTo(every - 1);
        assertThat(first.getPayload()).isInstanceOf(Fractal.class);
    }

    @Test
    void a_fractal_loaded_from_its_snapshot_is_the_fractal_replayed_from_all_its_events() {
        Fractal fromSnapshot = load(eventStore.readEvents(fractal.toString()));
        Fractal fromAllEvents = load(eventStore.readEvents(fractal.toString(), 0));

        // Compared as the snapshot's JSON, so that the order of goals (the order of ids in events) counts too.
        assertThat(json(fromSnapshot)).isEqualTo(json(fromAllEvents));
    }

    @Test
    void a_fractal_loaded_from_its_snapshot_enforces_the_rules_on_goals_from_before_it() {
        Response lateChild = cold("POST", goals(), alice,
                                  Map.of("parentId", longTerm, "name", marker, "deadline", "2030-07-01"));
        assertThat(lateChild.status()).as(lateChild.toString()).isEqualTo(400);
        assertThat(field(lateChild)).isEqualTo("deadline");

        Response underOwnDescendant = cold("POST", goal(longTerm) + "/move", alice, Map.of("parentId", shortTerm));
        assertThat(underOwnDescendant.status()).as(underOwnDescendant.toString()).isEqualTo(400);
        assertThat(field(underOwnDescendant)).isEqualTo("parentId");

        Response foreign = cold("POST", goal(longTerm) + "/complete", TestTokens.newUserId(), Map.of());
        assertThat(foreign.status()).isEqualTo(404);

        // The goal's version is the sequence number of its creation, long before the snapshot.
        Response stale = cold("POST", goal(longTerm) + "/complete", alice, Map.of(), Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        Response current = cold("POST", goal(longTerm) + "/complete", alice, Map.of(), Map.of("If-Match", "\"2\""));
        assertThat(current.status()).as(current.toString()).isEqualTo(200);

        long before = lastSequence();
        Response uncompleted = cold("POST", goal(shortTerm) + "/uncomplete", alice, Map.of());
        assertThat(uncompleted.status()).as(uncompleted.toString()).isEqualTo(200);
        assertThat(eventStore.readEvents(fractal.toString(), before + 1).asStream().map(DomainEventMessage::getPayload))
                .singleElement().isInstanceOf(GoalUncompleted.class);

        Response removed = cold("DELETE", goal(midTerm) + "/targets/" + target, alice, null);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        Response removedAgain = cold("DELETE", goal(midTerm) + "/targets/" + target, alice, null);
        assertThat(removedAgain.status()).isEqualTo(404);
    }

    @Test
    void a_snapshot_of_another_revision_is_ignored_and_the_fractal_is_replayed_from_its_events() {
        jdbc.update("update eventstore.snapshotevententry set payloadrevision = '0' where aggregateidentifier = ?",
                    fractal.toString());

        assertThat(eventStore.readEvents(fractal.toString()).peek().getSequenceNumber()).isZero();
        Response lateChild = cold("POST", goals(), alice,
                                  Map.of("parentId", longTerm, "name", marker, "deadline", "2030-07-01"));
        assertThat(lateChild.status()).as(lateChild.toString()).isEqualTo(400);
    }

    @Test
    void a_snapshot_that_cannot_be_read_costs_a_replay_not_the_command() {
        jdbc.update("update eventstore.snapshotevententry set payload = ? where aggregateidentifier = ?",
                    "{\"goals\": 7}".getBytes(StandardCharsets.UTF_8), fractal.toString());

        assertThat(eventStore.readEvents(fractal.toString()).peek().getSequenceNumber()).isZero();
        Response lateChild = cold("POST", goals(), alice,
                                  Map.of("parentId", longTerm, "name", marker, "deadline", "2030-07-01"));
        assertThat(lateChild.status()).as(lateChild.toString()).isEqualTo(400);
        Response current = cold("POST", goal(longTerm) + "/complete", alice, Map.of());
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
    }

    /** Loads the fractal as Axon's repository does: from the snapshot if the stream starts with one. */
    private static Fractal load(DomainEventStream stream) {
        Fractal root = new GenericAggregateFactory<>(Fractal.class).createAggregateRoot("ignored", stream.peek());
        EventSourcedAggregate<Fractal> aggregate = EventSourcedAggregate.initialize(
                root, AnnotatedAggregateMetaModelFactory.inspectAggregate(Fractal.class), null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(stream);
        return aggregate.getAggregateRoot();
    }

    private String json(Fractal state) {
        return snapshotSerializer.serialize(state, String.class).getData();
    }

    /** Sends with the fractal out of the cache, so that the command loads it from the event store. */
    private Response cold(String method, String path, String user, Object body) {
        return cold(method, path, user, body, Map.of());
    }

    private Response cold(String method, String path, String user, Object body, Map<String, String> headers) {
        fractalCache.remove(fractal.toString());
        return send(method, path, user, body, headers);
    }

    private Response send(String method, String path, String user, Object body) {
        return send(method, path, user, body, Map.of());
    }

    private Response send(String method, String path, String user, Object body, Map<String, String> headers) {
        var request = api.method(method, path, body).token(TestTokens.forUser(user));
        headers.forEach(request::header);
        return request.send();
    }

    private UUID created(String path, Map<String, Object> body) {
        Response response = send("POST", path, alice, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asText());
    }

    private long lastSequence() {
        return eventStore.lastSequenceNumberFor(fractal.toString()).orElseThrow();
    }

    private String goals() {
        return "/api/v1/fractals/" + fractal + "/goals";
    }

    private String goal(UUID goalId) {
        return goals() + "/" + goalId;
    }

    private static String field(Response response) {
        return response.body().get("errors").get(0).get("field").asText();
    }
}
