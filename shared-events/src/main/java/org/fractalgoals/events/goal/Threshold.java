package org.fractalgoals.events.goal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One condition of a target: the activity's metric compared with a value. */
public record Threshold(UUID metricId, ComparisonOperator operator, BigDecimal value) {

    public Threshold {
        Objects.requireNonNull(metricId, "metricId");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
    }
}
