package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Brings one day of a v1.2 program over as it was: its own id, its {@code dayNumber} (v1.2 kept gaps and
 * duplicates), on {@code date} or abstract ({@code date} null), never merged with another day on the same date.
 * Accepted only with the import's metadata; users add days with {@link AddProgramDays}.
 */
public record ImportProgramDay(@TargetAggregateIdentifier UUID programId, UUID fractalId, UUID blockId, UUID dayId,
                               String name, LocalDate date, int dayNumber, List<UUID> templateIds, String ownerId,
                               Instant requestedAt) {

    public ImportProgramDay {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(dayId, "dayId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        templateIds = templateIds == null ? List.of() : List.copyOf(templateIds);
    }
}
