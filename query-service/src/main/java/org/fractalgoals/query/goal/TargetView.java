package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.ComparisonOperator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A target of a goal: its definition and whether (and when, in which session) it was achieved. */
public record TargetView(UUID id,
                         String name,
                         UUID activityId,
                         List<ThresholdView> thresholds,
                         boolean achieved,
                         Instant achievedAt,
                         UUID achievedInSessionId) {

    /** One condition: the activity's metric compared with a value. */
    public record ThresholdView(UUID metricId, ComparisonOperator operator, BigDecimal value) {
    }
}
