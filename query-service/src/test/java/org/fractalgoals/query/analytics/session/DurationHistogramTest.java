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
        assertThat(histogram.buckets()).containsExactly(new Bucket(0, 15, 1), new Bucket(15, 30, 2),
                                                        new Bucket(30, 45, 0), new Bucket(45, 60, 1));
    }

    @Test
    void a_session_of_no_time_counts_in_the_first_bucket() {
        assertThat(DurationHistogram.of(List.of(0L), 1).buckets()).containsExactly(new Bucket(0, 1, 1));
    }

    @Test
    void a_day_wide_bucket_holds_everything_below_24_hours() {
        DurationHistogram histogram = DurationHistogram.of(List.of(86_399L, 90_000L), 1440);

        assertThat(histogram.buckets()).containsExactly(new Bucket(0, 1440, 1), new Bucket(1440, 2880, 1));
    }

    @Test
    void no_completed_sessions_give_no_buckets() {
        assertThat(DurationHistogram.of(List.of(), 15).buckets()).isEmpty();
    }
}
