package org.fractalgoals.query.goal;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.query.consistency.ConsistencyGate;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a fractal's own stream for the past tree, and keeping it in memory, against the real event store. */
class TimeTravelEventStreamsTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @Autowired
    private EventWriter writer;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private FractalEventStreams streams;
    @Autowired
    private ConsistencyGate gate;

    private final String owner = TestTokens.newUserId();

    /** A fractal with its root and {@code renames} renames of the root: 2 + renames events. */
    private UUID fractal(int renames) {
        UUID id = UUID.randomUUID();
        writer.append(id, 0, new FractalCreated(id, owner, T0),
                      new GoalCreated(id, id, null, GoalLevel.ULTIMATE, "Life", null, null, null, owner, T0));
        for (int i = 0; i < renames; i++) {
            writer.append(id, 2 + i, new GoalRenamed(id, id, "Life " + i, owner, T0.plusSeconds(i)));
        }
        return id;
    }

    private static List<Long> sequences(List<SequencedGoalEvent> events) {
        return events.stream().map(SequencedGoalEvent::sequence).toList();
    }

    record SnapshotForTest(String note) {
    }

    @Test
    void the_whole_stream_is_read_with_its_texts_even_when_the_aggregate_has_a_snapshot() {
        UUID id = fractal(2);
        eventStore.storeSnapshot(new GenericDomainEventMessage<>("Fractal", id.toString(), 3,
                                                                 new SnapshotForTest("no texts in here")));
        DomainEventStream fromSnapshot = eventStore.readEvents(id.toString());

        List<SequencedGoalEvent> events = streams.read(id);

        assertThat(fromSnapshot.next().getPayload()).isInstanceOf(SnapshotForTest.class);
        assertThat(sequences(events)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(((GoalCreated) events.get(1).event()).name()).isEqualTo("Life");
        assertThat(((GoalRenamed) events.get(3).event()).name()).isEqualTo("Life 1");
    }

    @Test
    void a_kept_stream_takes_in_the_events_appended_since_it_was_read() {
        UUID id = fractal(1);
        List<SequencedGoalEvent> first = streams.read(id);
        writer.append(id, 3, new GoalRenamed(id, id, "Later", owner, T0.plusSeconds(60)));

        List<SequencedGoalEvent> second = streams.read(id);

        assertThat(sequences(first)).containsExactly(0L, 1L, 2L);
        assertThat(sequences(second)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(((GoalRenamed) second.getLast().event()).name()).isEqualTo("Later");
    }

    @Test
    void over_capacity_the_least_recently_used_stream_goes_and_a_stream_longer_than_all_is_not_kept() {
        FractalEventStreams small = new FractalEventStreams(eventStore, 6, Duration.ofHours(1));
        UUID first = fractal(1);
        UUID second = fractal(1);
        UUID third = fractal(1);
        UUID huge = fractal(5);

        small.read(first);
        small.read(second);
        assertThat(small.keptEvents()).isEqualTo(6);
        small.read(first);
        small.read(third);
        assertThat(small.keptEvents()).isEqualTo(6);
        assertThat(sequences(small.read(huge))).hasSize(7);
        assertThat(small.keptEvents()).isEqualTo(6);
        writer.append(first, 3, new GoalRenamed(first, first, "Still read in full", owner, T0.plusSeconds(60)));
        assertThat(sequences(small.read(first))).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void an_idle_stream_is_let_go() {
        FractalEventStreams forgetful = new FractalEventStreams(eventStore, 1_000, Duration.ZERO);

        forgetful.read(fractal(1));
        forgetful.read(fractal(2));

        assertThat(forgetful.keptEvents()).isEqualTo(4);
    }

    @Test
    void an_id_without_events_is_an_empty_stream_and_not_kept() {
        FractalEventStreams fresh = new FractalEventStreams(eventStore, 1_000, Duration.ofHours(1));

        assertThat(fresh.read(UUID.randomUUID())).isEmpty();
        assertThat(fresh.keptEvents()).isZero();
    }

    @Test
    void the_streams_of_an_owner_are_let_go_at_once() {
        FractalEventStreams kept = new FractalEventStreams(eventStore, 1_000, Duration.ofHours(1));
        kept.read(fractal(1));
        kept.read(fractal(2));
        String someoneElse = TestTokens.newUserId();
        UUID theirs = UUID.randomUUID();
        writer.append(theirs, 0, new FractalCreated(theirs, someoneElse, T0));
        kept.read(theirs);
        assertThat(kept.keptEvents()).isEqualTo(8);

        kept.forgetOwner(owner);

        assertThat(kept.keptEvents()).isEqualTo(1);
    }

    @Test
    void an_erased_owners_streams_are_let_go_when_the_goal_tree_takes_in_the_erasure() {
        streams.read(fractal(3));
        long before = streams.keptEvents();

        ConsistencyToken erased = writer.appendTo("Account", AccountEvent.aggregateIdOf(owner), 0,
                                                  new AccountErased(owner, T0.plusSeconds(3_600)));

        assertThat(gate.await(erased, List.of(GoalTreeProjection.GROUP))).isTrue();
        assertThat(streams.keptEvents()).isEqualTo(before - 5);
    }

    @Test
    void an_export_reads_the_fractals_streams_without_keeping_them() {
        UUID id = fractal(3);
        assertThat(gate.await(writer.append(id, 5, new GoalRenamed(id, id, "Exported", owner, T0.plusSeconds(10))),
                              List.of("accounts"))).isTrue();
        long before = streams.keptEvents();

        var export = api.get("/api/v1/me/export").token(TestTokens.forUser(owner, "user")).send();

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.text()).contains("Exported");
        assertThat(streams.keptEvents()).isEqualTo(before);
    }
}
