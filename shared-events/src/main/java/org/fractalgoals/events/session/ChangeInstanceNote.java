package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Replaces the instance's own notes text (null clears it). {@code expectedVersion} carries the client's If-Match (null: any version). */
public record ChangeInstanceNote(@TargetAggregateIdentifier UUID sessionId, UUID fractalId, UUID instanceId, String notes,
                 Long expectedVersion, String ownerId, Instant requestedAt) {

    public ChangeInstanceNote {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
