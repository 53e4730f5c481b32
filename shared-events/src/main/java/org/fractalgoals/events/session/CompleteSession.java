package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Completes the session now, stopping its running timers. {@code expectedVersion} carries the client's If-Match
 * (null: any version). {@code endedAt} is for an import only: the end v1.2 stored, which may differ from the time
 * it was completed at ({@code requestedAt}); null means the session ends now.
 */
public record CompleteSession(@TargetAggregateIdentifier UUID sessionId, UUID fractalId,
                 Long expectedVersion, String ownerId, Instant requestedAt, Instant endedAt) {

    public CompleteSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** Completes the session now. */
    public CompleteSession(UUID sessionId, UUID fractalId, Long expectedVersion, String ownerId, Instant requestedAt) {
        this(sessionId, fractalId, expectedVersion, ownerId, requestedAt, null);
    }
}
