package org.fractalgoals.events.activity;

import java.util.Objects;
import java.util.UUID;

/**
 * A page of a fractal's activities by name, only those of {@code groupId} when it is given; {@code cursor} null for
 * the first page.
 */
public record FindActivities(String ownerId, UUID fractalId, UUID groupId, int limit, String cursor) {

    public FindActivities {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
