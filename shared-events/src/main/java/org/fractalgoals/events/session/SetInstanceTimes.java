package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Sets the instance's start and stop by hand (either may be null; a stop needs a start and is not before it). {@code expectedVersion} carries the client's If-Match (null: any version). */
public record SetInstanceTimes(@TargetAggregateIdentifier UUID sessionId, UUID fractalId, UUID instanceId, Instant startedAt, Instant stoppedAt,
                 Long expectedVersion, String ownerId, Instant requestedAt) {

    public SetInstanceTimes {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
