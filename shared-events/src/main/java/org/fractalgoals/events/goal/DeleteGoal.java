package org.fractalgoals.events.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Deletes a goal and its whole subtree. */
public record DeleteGoal(@TargetAggregateIdentifier UUID fractalId,
                 UUID goalId, Long expectedGoalVersion,
                 String ownerId,
                 Instant requestedAt) {

    public DeleteGoal {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
