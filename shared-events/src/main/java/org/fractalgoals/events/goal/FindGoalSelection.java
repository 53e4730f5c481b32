package org.fractalgoals.events.goal;

import java.util.Objects;
import java.util.UUID;

/** The goals a new session may be linked to: open short-term goals with their open immediate goals. */
public record FindGoalSelection(String ownerId, UUID fractalId) {

    public FindGoalSelection {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
    }
}
