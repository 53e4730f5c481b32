package org.fractalgoals.events.goal;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The goal tree of one fractal as it was at {@code asOf} (business time), answered only to its owner. */
public record FindGoalTreeAsOf(String ownerId, UUID fractalId, Instant asOf) {

    public FindGoalTreeAsOf {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(asOf, "asOf");
    }
}
