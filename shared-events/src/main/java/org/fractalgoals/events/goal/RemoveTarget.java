package org.fractalgoals.events.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Removes a target from a goal. */
public record RemoveTarget(@TargetAggregateIdentifier UUID fractalId,
                 UUID goalId, UUID targetId, Long expectedGoalVersion,
                 String ownerId,
                 Instant requestedAt) {

    public RemoveTarget {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
