package org.fractalgoals.events.program;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Deletes a program with its blocks and days; sessions of its days stay, unlinked. */
public record DeleteProgram(@TargetAggregateIdentifier UUID programId, UUID fractalId, String ownerId,
                             Instant requestedAt,
                             @TargetAggregateVersion Long expectedVersion) {

    public DeleteProgram {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
