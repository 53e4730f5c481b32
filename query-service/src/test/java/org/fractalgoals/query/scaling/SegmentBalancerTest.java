package org.fractalgoals.query.scaling;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentBalancerTest {

    @Test
    void the_fair_share_is_the_segments_divided_by_the_live_instances_rounded_up() {
        assertThat(SegmentBalancer.fairShare(2, 1)).isEqualTo(2);
        assertThat(SegmentBalancer.fairShare(2, 2)).isEqualTo(1);
        assertThat(SegmentBalancer.fairShare(2, 3)).isEqualTo(1);
        assertThat(SegmentBalancer.fairShare(1, 2)).isEqualTo(1);
        assertThat(SegmentBalancer.fairShare(5, 2)).isEqualTo(3);
        assertThat(SegmentBalancer.fairShare(4, 4)).isEqualTo(1);
        assertThat(SegmentBalancer.fairShare(0, 2)).isZero();
    }

    @Test
    void an_instance_that_believes_itself_alone_or_sees_no_rows_keeps_everything() {
        assertThat(SegmentBalancer.fairShare(2, 0)).isEqualTo(2);
        assertThat(SegmentBalancer.segmentToRelease(Set.of(0, 1), 2, 0)).isEmpty();
        assertThat(SegmentBalancer.segmentToRelease(Set.of(0, 1), 2, 1)).isEmpty();
    }

    @Test
    void an_instance_over_its_share_releases_its_highest_segment_one_at_a_time() {
        assertThat(SegmentBalancer.segmentToRelease(Set.of(0, 1), 2, 2)).isEqualTo(OptionalInt.of(1));
        assertThat(SegmentBalancer.segmentToRelease(Set.of(0, 1, 2, 3), 4, 4)).isEqualTo(OptionalInt.of(3));
        assertThat(SegmentBalancer.segmentToRelease(Set.of(1, 3), 4, 2)).isEmpty();
    }

    @Test
    void an_instance_at_or_below_its_share_releases_nothing() {
        assertThat(SegmentBalancer.segmentToRelease(Set.of(0), 2, 2)).isEmpty();
        assertThat(SegmentBalancer.segmentToRelease(Set.of(), 2, 2)).isEmpty();
        assertThat(SegmentBalancer.segmentToRelease(Set.of(0), 1, 2)).isEmpty();
        assertThat(SegmentBalancer.segmentToRelease(Set.of(0, 1), 5, 2)).isEmpty();
    }

    @Test
    void a_configured_node_id_is_used_as_given_and_a_blank_one_is_generated_per_process() {
        assertThat(NodeId.configuredOr(" query-a ").value()).isEqualTo("query-a");
        NodeId first = NodeId.configuredOr("");
        NodeId second = NodeId.configuredOr(null);
        assertThat(first.value()).contains("-" + ProcessHandle.current().pid() + "-");
        assertThat(first).isNotEqualTo(second);
        assertThatThrownBy(() -> new NodeId("x".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }
}
