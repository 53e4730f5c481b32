package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Adds a block inside the program's dates; a null colour means the default. */
public record AddProgramBlock(@TargetAggregateIdentifier UUID programId, UUID fractalId, UUID blockId, String name, LocalDate startDate,
                              LocalDate endDate, String color, String ownerId,
                             Instant requestedAt) {

    public AddProgramBlock {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
