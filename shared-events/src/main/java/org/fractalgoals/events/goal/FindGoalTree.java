package org.fractalgoals.events.goal;

import java.util.Objects;
import java.util.UUID;

/** The whole goal tree of one fractal, answered only to its owner. */
public record FindGoalTree(String ownerId, UUID fractalId) {

    public FindGoalTree {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
    }
}
