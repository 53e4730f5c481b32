package org.fractalgoals.events.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Deletes a fractal with everything in it. */
public record DeleteFractal(@TargetAggregateIdentifier UUID fractalId,
                 Long expectedVersion,
                 String ownerId,
                 Instant requestedAt) {

    public DeleteFractal {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
