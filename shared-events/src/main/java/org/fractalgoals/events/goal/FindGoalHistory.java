package org.fractalgoals.events.goal;

import java.util.Objects;
import java.util.UUID;

/**
 * One page of a goal's history (the events of the goal and its targets), oldest first, answered only to the
 * fractal's owner; {@code cursor} is null for the first page.
 */
public record FindGoalHistory(String ownerId, UUID fractalId, UUID goalId, int limit, String cursor) {

    public FindGoalHistory {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(goalId, "goalId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
