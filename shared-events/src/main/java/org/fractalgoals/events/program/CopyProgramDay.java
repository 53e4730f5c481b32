package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Copies a day's name (given by the caller, who reads it from the events) and templates to the day with its day number in every other block, creating an abstract one where there is none. */
public record CopyProgramDay(@TargetAggregateIdentifier UUID programId, UUID fractalId, UUID blockId, UUID dayId, UUID idSeed, String name, String ownerId,
                             Instant requestedAt) {

    public CopyProgramDay {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
