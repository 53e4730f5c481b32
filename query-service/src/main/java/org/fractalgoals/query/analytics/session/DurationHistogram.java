package org.fractalgoals.query.analytics.session;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Completed sessions by duration, in buckets of equal width from 0 up to the bucket holding the longest session.
 * A bucket holds the durations from its lower edge up to, but not including, its upper edge, so a session of
 * exactly 30 minutes counts in 30–45, not in 15–30. There are at most {@value #MAX_BUCKETS} buckets: a session left
 * open for weeks must not turn the answer into thousands of empty buckets, so the last one is open-ended
 * ({@code toMinutes} null) and holds everything from its lower edge up.
 */
@Schema(example = """
        {"bucketMinutes": 15, "buckets": [{"fromMinutes": 30, "toMinutes": 45, "count": 4},
        {"fromMinutes": 45, "toMinutes": 60, "count": 2}]}""")
record DurationHistogram(int bucketMinutes, List<Bucket> buckets) {

    DurationHistogram {
        buckets = List.copyOf(buckets);
    }

    static final int MAX_BUCKETS = 96;

    record Bucket(long fromMinutes, Long toMinutes, long count) {
    }

    static DurationHistogram of(Collection<Long> durationSeconds, int bucketMinutes) {
        long width = bucketMinutes * 60L;
        long[] counts = new long[0];
        boolean overflow = false;
        for (long seconds : durationSeconds) {
            long bucket = Math.max(0, seconds) / width;
            overflow |= bucket >= MAX_BUCKETS;
            int index = (int) Math.min(bucket, MAX_BUCKETS - 1);
            if (index >= counts.length) {
                counts = Arrays.copyOf(counts, index + 1);
            }
            counts[index]++;
        }
        List<Bucket> buckets = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            boolean openEnded = overflow && i == counts.length - 1;
            buckets.add(new Bucket((long) i * bucketMinutes, openEnded ? null : (long) (i + 1) * bucketMinutes,
                                   counts[i]));
        }
        return new DurationHistogram(bucketMinutes, buckets);
    }
}
