package org.fractalgoals.events.goal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One recorded value of a metric, for one split when the activity has splits ({@code splitId} null otherwise). */
public record MetricValue(UUID metricId, UUID splitId, BigDecimal value) {

    public MetricValue {
        Objects.requireNonNull(metricId, "metricId");
    }
}
