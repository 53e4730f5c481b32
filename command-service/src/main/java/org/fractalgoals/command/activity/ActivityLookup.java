package org.fractalgoals.command.activity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the command side knows of a fractal's activities without reading texts: which exist and what can be
 * recorded for them. Other features (templates, sessions) validate against it.
 */
public interface ActivityLookup {

    /** The activity, if it exists in this fractal and is not deleted. */
    Optional<Shape> find(UUID fractalId, UUID activityId);

    record Shape(UUID activityId, boolean hasSets, boolean hasSplits, boolean hasMetrics, Set<UUID> metricIds,
                 Set<UUID> splitIds) {
    }
}
