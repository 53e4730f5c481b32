package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user started a new fractal. Its root goal follows as {@link GoalCreated} with the same id, so the root
 * has the same history as every other goal.
 */
@Revision("1")
public record FractalCreated(UUID fractalId, String ownerId, Instant occurredAt) implements GoalEvent {

    public FractalCreated {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
