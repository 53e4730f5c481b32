package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Attaches a goal of the fractal to a block; a deadline, if given, must lie inside the block (the caller sets it on the goal). */
public record AttachBlockGoal(@TargetAggregateIdentifier UUID programId, UUID fractalId, UUID blockId, UUID goalId, LocalDate deadline, String ownerId,
                             Instant requestedAt) {

    public AttachBlockGoal {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
