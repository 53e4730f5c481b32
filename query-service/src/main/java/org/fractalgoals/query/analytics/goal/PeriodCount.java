package org.fractalgoals.query.analytics.goal;

import org.fractalgoals.query.analytics.PeriodBucket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/** How many goals were completed in one period; {@code start} is the period's first local day. */
record PeriodCount(String period, LocalDate start, int count) {

    /**
     * One count per period from the first to the last period with a completion, local to {@code zone}; the periods
     * in between without one are there with 0, so that a chart's axis has no gaps.
     */
    static List<PeriodCount> of(Collection<Instant> completions, PeriodBucket bucket, ZoneId zone) {
        TreeMap<LocalDate, Integer> counts = new TreeMap<>();
        for (Instant completedAt : completions) {
            counts.merge(bucket.start(completedAt.atZone(zone).toLocalDate()), 1, Integer::sum);
        }
        List<PeriodCount> periods = new ArrayList<>();
        if (counts.isEmpty()) {
            return periods;
        }
        for (LocalDate start = counts.firstKey(); !start.isAfter(counts.lastKey()); start = bucket.next(start)) {
            periods.add(new PeriodCount(bucket.label(start), start, counts.getOrDefault(start, 0)));
        }
        return periods;
    }
}
