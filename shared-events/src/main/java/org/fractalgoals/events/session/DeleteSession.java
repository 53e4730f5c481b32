package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Deletes the session (soft: it stays in the event store). {@code expectedVersion} carries the client's If-Match (null: any version). */
public record DeleteSession(@TargetAggregateIdentifier UUID sessionId, UUID fractalId, 
                 Long expectedVersion, String ownerId, Instant requestedAt) {

    public DeleteSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
