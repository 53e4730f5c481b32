package org.fractalgoals.query.consistency;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConsistencyGateTest {

    private static ConsistencyToken positions(Long... positions) {
        return ConsistencyToken.of(List.of(positions));
    }

    @Test
    void a_segment_covers_positions_at_or_below_its_index_that_are_not_gaps() {
        GapAwareTrackingToken segment = GapAwareTrackingToken.newInstance(10, Set.of(7L));
        assertThat(ConsistencyGate.covers(segment, positions(5L, 6L))).isTrue();
        assertThat(ConsistencyGate.covers(segment, positions(10L))).isTrue();
        assertThat(ConsistencyGate.covers(segment, positions(7L))).isFalse();
        assertThat(ConsistencyGate.covers(segment, positions(6L, 11L))).isFalse();
    }

    @Test
    void a_segment_that_has_not_started_covers_nothing() {
        assertThat(ConsistencyGate.covers(null, positions(1L))).isFalse();
    }

    @Test
    void a_replaying_segment_counts_only_as_far_as_it_has_replayed() {
        GapAwareTrackingToken head = GapAwareTrackingToken.newInstance(100, Set.of());
        GapAwareTrackingToken replayedSoFar = GapAwareTrackingToken.newInstance(20, Set.of());
        var replaying = ReplayToken.createReplayToken(head, replayedSoFar);
        assertThat(ConsistencyGate.covers(replaying, positions(15L))).isTrue();
        assertThat(ConsistencyGate.covers(replaying, positions(50L))).isFalse();
    }

    @Test
    void tokens_survive_the_wire_and_refuse_what_we_did_not_write() {
        ConsistencyToken token = positions(3L, 4L, 5L, 9L, 1000L);
        assertThat(token.encode()).isEqualTo("v1.3-5.9.rs");
        assertThat(ConsistencyToken.decode(token.encode())).isEqualTo(token);
        for (String bad : List.of("", "v2.1", "v1.x!", "v1.5-3", "v1.1-2-3")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConsistencyToken.decode(bad))
                                           .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
