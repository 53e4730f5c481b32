package org.fractalgoals.events.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.List;
/** Adds a target to a goal. */
public record AddTarget(@TargetAggregateIdentifier UUID fractalId,
                 UUID goalId, UUID targetId, String name, UUID activityId, List<Threshold> thresholds, Long expectedGoalVersion,
                 String ownerId,
                 Instant requestedAt) {

    public AddTarget {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
