package org.fractalgoals.query.analytics.session;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fractalgoals.query.analytics.PeriodBucket;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Sessions per period, from the first to the last period with a session; the periods between without sessions are
 * listed with zeros, so a chart's axis has no holes.
 */
@Schema(example = """
        {"bucket": "week", "tz": "Europe/Berlin", "items": [{"period": "2026-W08", "start": "2026-02-16",
        "count": 5, "durationSeconds": 13500}, {"period": "2026-W09", "start": "2026-02-23",
        "count": 0, "durationSeconds": 0}, {"period": "2026-W10", "start": "2026-03-02",
        "count": 3, "durationSeconds": 8100}]}""")
record SessionTrends(String bucket, String tz, List<Period> items) {

    SessionTrends {
        items = List.copyOf(items);
    }

    /**
     * @param start           the period's first local day
     * @param durationSeconds the summed durations of the period's completed sessions
     */
    record Period(String period, LocalDate start, long count, long durationSeconds) {
    }

    static SessionTrends of(Collection<SessionFact> sessions, PeriodBucket bucket, ZoneId zone) {
        TreeMap<LocalDate, long[]> byStart = new TreeMap<>();
        for (SessionFact session : sessions) {
            LocalDate start = bucket.start(session.at().atZone(zone).toLocalDate());
            long[] sums = byStart.computeIfAbsent(start, key -> new long[2]);
            sums[0]++;
            sums[1] += session.completedSeconds();
        }
        List<Period> items = new ArrayList<>();
        if (!byStart.isEmpty()) {
            LocalDate last = byStart.lastKey();
            for (LocalDate start = byStart.firstKey(); !start.isAfter(last);
                 start = bucket.next(start)) {
                long[] sums = byStart.getOrDefault(start, new long[2]);
                items.add(new Period(bucket.label(start), start, sums[0], sums[1]));
            }
        }
        return new SessionTrends(bucket.id(), zone.getId(), items);
    }
}
