package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Makes a program for target goals (long-, mid- or short-term goals of the fractal). */
public record CreateProgram(@TargetAggregateIdentifier UUID programId, UUID fractalId, String name, String description, LocalDate startDate,
                            LocalDate endDate, boolean active, List<UUID> goalIds, String ownerId,
                             Instant requestedAt) {

    public CreateProgram {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }
}
