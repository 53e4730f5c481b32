package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Detaches a goal from a block. */
public record DetachBlockGoal(@TargetAggregateIdentifier UUID programId, UUID fractalId, UUID blockId, UUID goalId, String ownerId,
                             Instant requestedAt) {

    public DetachBlockGoal {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
