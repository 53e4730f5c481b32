package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Replaces a program's fields as a whole (the caller fills in what a PATCH left out). */
public record EditProgram(@TargetAggregateIdentifier UUID programId, UUID fractalId, String name, String description, LocalDate startDate,
                          LocalDate endDate, boolean active, List<UUID> goalIds, String ownerId,
                             Instant requestedAt,
                             @TargetAggregateVersion Long expectedVersion) {

    public EditProgram {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }
}
