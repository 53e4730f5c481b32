package org.fractalgoals.query.analytics.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Completed sessions by duration, in buckets of equal width from 0 up to the bucket holding the longest session.
 * A bucket holds the durations from its lower edge up to, but not including, its upper edge, so a session of
 * exactly 30 minutes counts in 30–45, not in 15–30.
 */
record DurationHistogram(int bucketMinutes, List<Bucket> buckets) {

    DurationHistogram {
        buckets = List.copyOf(buckets);
    }

    record Bucket(long fromMinutes, long toMinutes, long count) {
    }

    static DurationHistogram of(Collection<Long> durationSeconds, int bucketMinutes) {
        long width = bucketMinutes * 60L;
        long[] counts = new long[0];
        for (long seconds : durationSeconds) {
            int index = (int) (Math.max(0, seconds) / width);
            if (index >= counts.length) {
                counts = Arrays.copyOf(counts, index + 1);
            }
            counts[index]++;
        }
        List<Bucket> buckets = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new Bucket((long) i * bucketMinutes, (long) (i + 1) * bucketMinutes, counts[i]));
        }
        return new DurationHistogram(bucketMinutes, buckets);
    }
}
