package org.fractalgoals.query.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.ReopenCause;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code TargetReopened} stored as revision 1 (before it said why) is read everywhere as revision 2 with cause
 * {@code UNRECORDED}: by the event store's readers, by the live projections, and through the API.
 */
class TargetReopenedRevisionTest extends QueryServiceTest {

    private static final Instant T = Instant.parse("2026-01-03T09:00:00Z");

    @Autowired
    private EventWriter events;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;

    private final String owner = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    private final UUID goal = UUID.randomUUID();
    private final UUID target = UUID.randomUUID();

    @Test
    void a_revision_1_event_in_the_store_reads_as_revision_2_with_an_unrecorded_cause() {
        long index = storeHistoryEndingWithARevision1Reopening();

        DomainEventMessage<?> last = eventStore.readEvents(fractal.toString(), 0).asStream().toList().getLast();

        assertThat(last.getPayload()).isEqualTo(new TargetReopened(fractal, goal, target, ReopenCause.UNRECORDED, owner,
                                                                   T.plusSeconds(5)));
        assertThat(last.getSequenceNumber()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select payloadrevision from eventstore.domainevententry where globalindex = ?",
                                       String.class, index)).as("the stored event is not rewritten").isEqualTo("1");
    }

    @Test
    void the_projections_apply_the_upcast_event() {
        long index = storeHistoryEndingWithARevision1Reopening();
        ConsistencyToken token = ConsistencyToken.of(List.of(index));

        Response tree = api.get("/api/v1/fractals/" + fractal + "/tree").token(TestTokens.forUser(owner))
                           .header(ConsistencyToken.HEADER, token.encode()).send();
        Response history = api.get("/api/v1/fractals/" + fractal + "/goals/" + goal + "/history")
                              .token(TestTokens.forUser(owner)).header(ConsistencyToken.HEADER, token.encode()).send();

        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        JsonNode reopened = tree.body().get("children").get(0).get("targets").get(0);
        assertThat(reopened.get("id").asText()).isEqualTo(target.toString());
        assertThat(reopened.get("achieved").asBoolean()).as("reopened").isFalse();
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        JsonNode entry = history.body().get("items").get(history.body().get("items").size() - 1);
        assertThat(entry.get("type").asText()).isEqualTo("TargetReopened");
        assertThat(entry.get("change").get("cause").asText()).isEqualTo("UNRECORDED");
    }

    /** Writes a fractal whose target was achieved, then appends its reopening in revision 1's JSON. */
    private long storeHistoryEndingWithARevision1Reopening() {
        events.append(fractal, 0,
                      new FractalCreated(fractal, owner, T),
                      new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Root", null, null, null, owner, T),
                      new GoalCreated(fractal, goal, fractal, GoalLevel.LONG_TERM, "Goal", null, null, null, owner, T),
                      new TargetAdded(fractal, goal, target, "Target", null, List.<Threshold>of(), owner, T.plusSeconds(1)),
                      new TargetAchieved(fractal, goal, target, UUID.randomUUID(), UUID.randomUUID(), owner, T.plusSeconds(2)));
        String revision1 = """
                {"fractalId":"%s","goalId":"%s","targetId":"%s","ownerId":"%s","occurredAt":"%s"}"""
                .formatted(fractal, goal, target, owner, T.plusSeconds(5));
        String metadata = "{\"actor\":\"" + owner + "\"}";
        jdbc.update("insert into eventstore.domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                    + "metadata, payload, payloadrevision, payloadtype, timestamp) values (?, 5, 'Fractal', ?, ?, ?, '1', ?, ?)",
                    fractal.toString(), UUID.randomUUID().toString(), metadata.getBytes(StandardCharsets.UTF_8),
                    revision1.getBytes(StandardCharsets.UTF_8), TargetReopened.class.getName(), T.plusSeconds(5).toString());
        return jdbc.queryForObject("select max(globalindex) from eventstore.domainevententry where aggregateidentifier = ?",
                                   Long.class, fractal.toString());
    }
}
