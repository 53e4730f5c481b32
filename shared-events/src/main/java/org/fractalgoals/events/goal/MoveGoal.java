package org.fractalgoals.events.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Moves a goal, with its subtree, under another goal of the same fractal. */
public record MoveGoal(@TargetAggregateIdentifier UUID fractalId,
                 UUID goalId, UUID parentId, Long expectedGoalVersion,
                 String ownerId,
                 Instant requestedAt) {

    public MoveGoal {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
