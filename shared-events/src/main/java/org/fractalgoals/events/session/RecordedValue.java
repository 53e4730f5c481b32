package org.fractalgoals.events.session;

import java.math.BigDecimal;
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
}
