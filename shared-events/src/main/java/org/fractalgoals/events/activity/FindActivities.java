package org.fractalgoals.events.activity;

import java.util.Objects;
import java.util.UUID;

/** A fractal's activities by name, only those of {@code groupId} when it is given. */
public record FindActivities(String ownerId, UUID fractalId, UUID groupId) {

    public FindActivities {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
    }
}
