package org.fractalgoals.events.session;

import org.fractalgoals.events.goal.MetricValue;
import org.fractalgoals.events.goal.RecordedSet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The value of one metric, for one split when the activity has splits ({@code splitId} null otherwise). A null
 * value is a blank input in a set, or, in {@link ValuesRecorded}, clears that single value.
 */
public record RecordedValue(UUID metricId, UUID splitId, BigDecimal value) {

    public RecordedValue {
        Objects.requireNonNull(metricId, "metricId");
    }

    /** Values recorded together (a set, or an instance's single values) as the evidence targets are checked against. */
    public static RecordedSet asEvidence(List<RecordedValue> values) {
        return new RecordedSet(values.stream().map(v -> new MetricValue(v.metricId(), v.splitId(), v.value())).toList());
    }
}
