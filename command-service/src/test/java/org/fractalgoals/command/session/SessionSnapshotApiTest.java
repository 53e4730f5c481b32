package org.fractalgoals.command.session;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.session.TimerStopped;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session whose stream passes the snapshot threshold (a timer started and stopped over and over): the snapshot
 * is taken where the threshold was reached, holds none of its texts, and a session loaded from it (with the cache
 * emptied) decides exactly as one replayed from all its events.
 */
class SessionSnapshotApiTest extends SessionApiTest {

    @Autowired
    private Cache sessionCache;
    @Autowired
    private Configuration axon;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer snapshotSerializer;
    @Value("${fractal.snapshots.every}")
    private int every;

    // Every text sent contains this, so that a snapshot holding any text would show it.
    private final String marker = "Nocturne-" + UUID.randomUUID();
    private final UUID sets = UUID.randomUUID();
    private final UUID weight = UUID.randomUUID();
    private final UUID left = UUID.randomUUID();
    private final UUID right = UUID.randomUUID();

    private UUID session;
    private UUID scales;
    private UUID metronome;

    /**
     * Values on two instances (one activity with splits), a note, a running timer and five linked goals first,
     * then the other instance's timer started and stopped until the stream is a few events past the threshold.
     */
    @BeforeEach
    void aSessionPastTheThreshold() {
        aFractalWithAShortTermGoal();
        List<UUID> goals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            goals.add(created(send("POST", base() + "/goals", alice, Map.of("parentId", fractal, "name", marker))));
        }
        goals.add(2, shortTerm);
        UUID metronomeActivity = catalogue.activity(fractal, false, Set.of(sets, weight), Set.of());
        UUID scalesActivity = catalogue.activity(fractal, false, Set.of(weight), Set.of(left, right));
        // Met only by both metrics of one instance together: one recorded before the snapshot, one after.
        created(send("POST", base() + "/goals/" + shortTerm + "/targets", alice, Map.of(
                "name", marker, "activityId", metronomeActivity,
                "thresholds", List.of(Map.of("metricId", sets, "operator", "GTE", "value", 3),
                                      Map.of("metricId", weight, "operator", "GTE", "value", 20)))));

        session = created(send("POST", base() + "/sessions", alice,
                               Map.of("name", marker, "description", marker, "goalIds", goals)));
        scales = addInstance(session, scalesActivity);
        metronome = addInstance(session, metronomeActivity);
        ok(send("PUT", instance(session, scales) + "/values", alice,
                List.of(value(weight, left, "12.5"), value(weight, right, "7"))));
        ok(send("PUT", instance(session, metronome) + "/values", alice, List.of(value(sets, null, "4"))));
        ok(send("PATCH", instance(session, scales), alice, Map.of("notes", marker)));
        ok(send("POST", instance(session, scales) + "/timer/start", alice, null));
        boolean running = false;
        while (lastSequence() < every + 9) {
            ok(send("POST", instance(session, metronome) + (running ? "/timer/stop" : "/timer/start"), alice, null));
            running = !running;
        }
    }

    @Test
    void the_snapshot_is_taken_at_the_event_that_reached_the_threshold_and_holds_no_session_text() {
        Map<String, Object> row = jdbc.queryForMap(
                "select sequencenumber, type, payloadrevision, payload from eventstore.snapshotevententry"
                        + " where aggregateidentifier = ?", session.toString());

        assertThat(row.get("sequencenumber")).isEqualTo((long) every - 1);
        assertThat(row.get("type")).isEqualTo("Session");
        assertThat(row.get("payloadrevision")).isEqualTo(Session.SNAPSHOT_REVISION);
        String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
        assertThat(payload).contains(scales.toString(), weight + "/" + left, "12.5")
                           .doesNotContain("Nocturne");
    }

    @Test
    void a_session_loaded_from_its_snapshot_is_the_session_replayed_from_all_its_events() {
        assertThat(eventStore.readEvents(session.toString()).peek().getPayload()).isInstanceOf(Session.class);

        Session fromSnapshot = load(eventStore.readEvents(session.toString()));
        Session fromAllEvents = load(eventStore.readEvents(session.toString(), 0));

        // Compared as the snapshot's JSON, so that the order of linked goals (which events list) counts too.
        assertThat(json(fromSnapshot)).isEqualTo(json(fromAllEvents));
    }

    @Test
    void a_session_loaded_from_its_snapshot_enforces_the_rules_on_what_happened_before_it() {
        Response running = cold("POST", instance(session, scales) + "/timer/start", null);
        assertThat(running.status()).as(running.toString()).isEqualTo(400);
        assertThat(running.body().get("errors").get(0).get("field").asText()).isEqualTo("timer");

        Response stopped = cold("POST", instance(session, scales) + "/timer/stop", null);
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);
        assertThat(events(session).getLast()).isInstanceOf(TimerStopped.class);

        // The evidence is the instance's values as a whole: the sets from before the snapshot and the weight now.
        Response recorded = cold("PUT", instance(session, metronome) + "/values", List.of(value(weight, null, "20")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        List<Object> fractalEvents = events(fractal);
        assertThat(fractalEvents.subList(fractalEvents.size() - 2, fractalEvents.size()))
                .hasExactlyElementsOfTypes(TargetAchieved.class, GoalCompleted.class);

        Response stale = cold("POST", session(session) + "/complete", null, Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void a_snapshot_of_another_revision_is_ignored_and_the_session_is_replayed_from_its_events() {
        jdbc.update("update eventstore.snapshotevententry set payloadrevision = '0' where aggregateidentifier = ?",
                    session.toString());

        assertThat(eventStore.readEvents(session.toString()).peek().getSequenceNumber()).isZero();
        Response running = cold("POST", instance(session, scales) + "/timer/start", null);
        assertThat(running.status()).isEqualTo(400);
    }

    /** Loads the session as Axon's repository does: from the snapshot if the stream starts with one. */
    private Session load(DomainEventStream stream) {
        Session root = new GenericAggregateFactory<>(Session.class).createAggregateRoot("ignored", stream.peek());
        // Axon's own resolvers, because the command handlers take SessionReferences.
        AggregateModel<Session> model =
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Session.class, axon.parameterResolverFactory());
        EventSourcedAggregate<Session> aggregate =
                EventSourcedAggregate.initialize(root, model, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(stream);
        return aggregate.getAggregateRoot();
    }

    private String json(Session state) {
        return snapshotSerializer.serialize(state, String.class).getData();
    }

    /** Sends with the session out of the cache, so that the command loads it from the event store. */
    private Response cold(String method, String path, Object body) {
        return cold(method, path, body, Map.of());
    }

    private Response cold(String method, String path, Object body, Map<String, String> headers) {
        sessionCache.remove(session.toString());
        return send(method, path, alice, body, headers);
    }

    private static Map<String, Object> value(UUID metric, UUID split, String value) {
        Map<String, Object> recorded = new HashMap<>(Map.of("metricId", metric, "value", new BigDecimal(value)));
        if (split != null) {
            recorded.put("splitId", split);
        }
        return recorded;
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private long lastSequence() {
        return eventStore.lastSequenceNumberFor(session.toString()).orElseThrow();
    }
}
