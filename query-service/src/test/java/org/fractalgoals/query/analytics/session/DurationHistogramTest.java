package org.fractalgoals.query.analytics.session;

import org.fractalgoals.query.analytics.session.DurationHistogram.Bucket;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DurationHistogramTest {

    @Test
    void buckets_run_from_zero_to_the_one_holding_the_longest_session_and_include_their_lower_edge_only() {
        // 10 min, exactly 15 min, 29:59, 50 min
        DurationHistogram histogram = DurationHistogram.of(List.of(600L, 900L, 1799L, 3000L), 15);

        assertThat(histogram.bucketMinutes()).isEqualTo(15);
        assertThat(histogram.buckets()).containsExactly(new Bucket(0, 15L, 1), new Bucket(15, 30L, 2),
                                                        new Bucket(30, 45L, 0), new Bucket(45, 60L, 1));
    }

    @Test
    void a_session_of_no_time_counts_in_the_first_bucket() {
        assertThat(DurationHistogram.of(List.of(0L), 1).buckets()).containsExactly(new Bucket(0, 1L, 1));
    }

    @Test
    void a_day_wide_bucket_holds_everything_below_24_hours() {
        DurationHistogram histogram = DurationHistogram.of(List.of(86_399L, 90_000L), 1440);

        assertThat(histogram.buckets()).containsExactly(new Bucket(0, 1440L, 1), new Bucket(1440, 2880L, 1));
    }

    @Test
    void no_completed_sessions_give_no_buckets() {
        assertThat(DurationHistogram.of(List.of(), 15).buckets()).isEmpty();
    }

    @Test
    void a_session_left_open_for_weeks_lands_in_an_open_ended_last_bucket_of_at_most_96() {
        // 20 min, 23 h 59 min (the last bounded bucket's range at 15 min ends at 24 h), and three weeks
        DurationHistogram histogram = DurationHistogram.of(List.of(1_200L, 86_340L, 1_814_400L), 15);

        assertThat(histogram.buckets()).hasSize(DurationHistogram.MAX_BUCKETS);
        assertThat(histogram.buckets().get(1)).isEqualTo(new Bucket(15, 30L, 1));
        assertThat(histogram.buckets().get(94)).isEqualTo(new Bucket(1410, 1425L, 0));
        assertThat(histogram.buckets().getLast()).isEqualTo(new Bucket(1425, null, 2));
    }

    @Test
    void without_overflow_the_last_bucket_keeps_its_upper_edge() {
        DurationHistogram histogram = DurationHistogram.of(List.of(86_399L), 15);

        assertThat(histogram.buckets()).hasSize(96);
        assertThat(histogram.buckets().getLast()).isEqualTo(new Bucket(1425, 1440L, 1));
    }
}
