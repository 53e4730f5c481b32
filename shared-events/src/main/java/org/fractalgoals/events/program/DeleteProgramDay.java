package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Deletes a day. */
public record DeleteProgramDay(@TargetAggregateIdentifier UUID programId, UUID fractalId, UUID blockId, UUID dayId, String ownerId,
                             Instant requestedAt) {

    public DeleteProgramDay {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
