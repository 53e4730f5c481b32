package org.fractalgoals.events.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Marks a goal completed now; nothing else changes state. */
public record CompleteGoal(@TargetAggregateIdentifier UUID fractalId,
                 UUID goalId, Long expectedGoalVersion,
                 String ownerId,
                 Instant requestedAt) {

    public CompleteGoal {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
