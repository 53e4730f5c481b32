package org.fractalgoals.command.importing.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A row of {@code activity_instances} with its sets ({@code data.sets}, in array order) and its
 * {@code metric_values} rows. {@code durationSeconds} is as stored (it may be negative).
 */
public record V1Instance(String id, String sessionId, String activityId, String rootId, Instant timeStart,
                         Instant timeStop, Long durationSeconds, String notes, List<V1Set> sets,
                         List<V1MetricValue> values, Instant createdAt) {

    public V1Instance {
        sets = sets == null ? List.of() : List.copyOf(sets);
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** One element of {@code data.sets}; entries keep the stored order, placeholders included. */
    public record V1Set(List<V1SetEntry> entries) {

        public V1Set {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }
    }

    /** {@code value} is null where v1.2 stored {@code ""} (never typed); {@code splitId} null without a split. */
    public record V1SetEntry(String metricId, String splitId, BigDecimal value) {
    }

    /** A {@code metric_values} row (activities without sets). */
    public record V1MetricValue(String id, String metricId, String splitId, double value) {
    }
}
