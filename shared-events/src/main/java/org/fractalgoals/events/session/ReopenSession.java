package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Opens a completed session again. {@code expectedVersion} carries the client's If-Match (null: any version). */
public record ReopenSession(@TargetAggregateIdentifier UUID sessionId, UUID fractalId, 
                 Long expectedVersion, String ownerId, Instant requestedAt) {

    public ReopenSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
