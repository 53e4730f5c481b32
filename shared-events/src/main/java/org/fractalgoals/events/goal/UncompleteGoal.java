package org.fractalgoals.events.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Opens a completed goal again and re-opens its achieved targets. */
public record UncompleteGoal(@TargetAggregateIdentifier UUID fractalId,
                 UUID goalId, Long expectedGoalVersion,
                 String ownerId,
                 Instant requestedAt) {

    public UncompleteGoal {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
