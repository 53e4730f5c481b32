package org.fractalgoals.events.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Deletes an activity; what sessions recorded for it stays. {@code expectedVersion}: the client's If-Match. */
public record DeleteActivity(@TargetAggregateIdentifier UUID activityId, UUID fractalId, String ownerId,
                             Instant requestedAt, @TargetAggregateVersion Long expectedVersion) {

    public DeleteActivity {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
