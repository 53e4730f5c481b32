package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Starts the instance's timer now. {@code expectedVersion} carries the client's If-Match (null: any version). */
public record StartTimer(@TargetAggregateIdentifier UUID sessionId, UUID fractalId, UUID instanceId,
                 Long expectedVersion, String ownerId, Instant requestedAt) {

    public StartTimer {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
