package org.fractalgoals.events.activity;

import java.util.Objects;
import java.util.UUID;

/** One activity of a fractal with its metrics and splits, answered only to the fractal's owner. */
public record FindActivity(String ownerId, UUID fractalId, UUID activityId) {

    public FindActivity {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(activityId, "activityId");
    }
}
