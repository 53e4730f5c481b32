package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Adds an instance of an activity to a section (null: the last, created if there is none) at a position (null: the end). {@code expectedVersion} carries the client's If-Match (null: any version). */
public record AddActivityInstance(@TargetAggregateIdentifier UUID sessionId, UUID fractalId, UUID instanceId, UUID activityId, Integer section, Integer position,
                 Long expectedVersion, String ownerId, Instant requestedAt) {

    public AddActivityInstance {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
