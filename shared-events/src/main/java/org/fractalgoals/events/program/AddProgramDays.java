package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Adds one day on {@code date}, one per {@code dayOfWeek} inside the block, or one abstract day when neither is given. New days get ids derived from {@code idSeed}. */
public record AddProgramDays(@TargetAggregateIdentifier UUID programId, UUID fractalId, UUID blockId, UUID idSeed, String name, List<UUID> templateIds,
                             LocalDate date, DayOfWeek dayOfWeek, String ownerId,
                             Instant requestedAt) {

    public AddProgramDays {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        templateIds = templateIds == null ? List.of() : List.copyOf(templateIds);
    }
}
