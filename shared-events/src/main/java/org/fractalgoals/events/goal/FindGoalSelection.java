package org.fractalgoals.events.goal;

import java.util.Objects;
import java.util.UUID;

/**
 * A page of the goals a new session may be linked to: open short-term goals with their open immediate goals;
 * {@code cursor} is null for the first page.
 */
public record FindGoalSelection(String ownerId, UUID fractalId, int limit, String cursor) {

    public FindGoalSelection {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
