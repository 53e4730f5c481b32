package org.fractalgoals.events.goal;

import java.util.Objects;
import java.util.UUID;

/** One goal of a fractal with its targets, answered only to the fractal's owner. */
public record FindGoal(String ownerId, UUID fractalId, UUID goalId) {

    public FindGoal {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(goalId, "goalId");
    }
}
