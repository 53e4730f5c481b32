package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Replaces a block's name, dates and colour. */
public record EditProgramBlock(@TargetAggregateIdentifier UUID programId, UUID fractalId, UUID blockId, String name, LocalDate startDate,
                               LocalDate endDate, String color, String ownerId,
                             Instant requestedAt) {

    public EditProgramBlock {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
