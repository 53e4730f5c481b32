package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Moves an activity instance to a position of a section. {@code expectedVersion} carries the client's If-Match (null: any version). */
public record MoveActivityInstance(@TargetAggregateIdentifier UUID sessionId, UUID fractalId, UUID instanceId, int section, int position,
                 Long expectedVersion, String ownerId, Instant requestedAt) {

    public MoveActivityInstance {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
