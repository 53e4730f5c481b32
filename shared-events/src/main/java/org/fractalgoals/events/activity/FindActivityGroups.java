package org.fractalgoals.events.activity;

import java.util.Objects;
import java.util.UUID;

/**
 * A page of a fractal's activity groups in their order, answered only to the fractal's owner; {@code cursor} null
 * for the first page.
 */
public record FindActivityGroups(String ownerId, UUID fractalId, int limit, String cursor) {

    public FindActivityGroups {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
