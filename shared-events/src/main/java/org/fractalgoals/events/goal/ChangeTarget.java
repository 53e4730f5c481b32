package org.fractalgoals.events.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.List;
/** Replaces a target's name, activity and thresholds. */
public record ChangeTarget(@TargetAggregateIdentifier UUID fractalId,
                 UUID goalId, UUID targetId, String name, UUID activityId, List<Threshold> thresholds, Long expectedGoalVersion,
                 String ownerId,
                 Instant requestedAt) {

    public ChangeTarget {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
