package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Deletes a block with its days. */
public record DeleteProgramBlock(@TargetAggregateIdentifier UUID programId, UUID fractalId, UUID blockId, String ownerId,
                             Instant requestedAt) {

    public DeleteProgramBlock {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
