package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Replaces a day's name and templates; with {@code cascade}, also those of the days with its day number in later blocks. */
public record EditProgramDay(@TargetAggregateIdentifier UUID programId, UUID fractalId, UUID blockId, UUID dayId, String name, List<UUID> templateIds,
                             boolean cascade, String ownerId,
                             Instant requestedAt) {

    public EditProgramDay {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        templateIds = templateIds == null ? List.of() : List.copyOf(templateIds);
    }
}
