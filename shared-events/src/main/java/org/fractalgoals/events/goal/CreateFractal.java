package org.fractalgoals.events.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Starts a fractal whose root goal has the given details; the fractal id is the root goal's id. */
public record CreateFractal(UUID fractalId,
                            String ownerId,
                            String name,
                            String description,
                            GoalLevel level,
                            LocalDate deadline,
                            String relevance,
                            Instant requestedAt) {

    public CreateFractal {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
