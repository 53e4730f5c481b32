package org.fractalgoals.events.activity;

import java.util.Objects;
import java.util.UUID;

/** A fractal's activity groups in their order, answered only to the fractal's owner. */
public record FindActivityGroups(String ownerId, UUID fractalId) {

    public FindActivityGroups {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
    }
}
