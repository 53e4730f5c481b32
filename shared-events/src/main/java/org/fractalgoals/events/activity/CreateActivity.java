package org.fractalgoals.events.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Defines an activity in a fractal; every metric and split gets a new id. */
public record CreateActivity(@TargetAggregateIdentifier UUID activityId, UUID fractalId, String name,
                             String description, UUID groupId, boolean hasSets, boolean hasSplits, boolean hasMetrics,
                             boolean multiplicative, List<MetricSpec> metrics, List<SplitSpec> splits, String ownerId,
                             Instant requestedAt) {

    public CreateActivity {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        metrics = copy(metrics);
        splits = copy(splits);
    }

    /** May hold nulls, which the rules refuse by position. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
