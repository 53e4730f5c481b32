package org.fractalgoals.events.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Defines {@code activityId} as a copy of {@code sourceActivityId}: "&lt;name&gt; (Copy)", the same flags, metrics
 * and splits under new ids, and no group (as v1.2 did).
 */
public record DuplicateActivity(@TargetAggregateIdentifier UUID activityId, UUID sourceActivityId, UUID fractalId,
                                String ownerId, Instant requestedAt) {

    public DuplicateActivity {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(sourceActivityId, "sourceActivityId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
