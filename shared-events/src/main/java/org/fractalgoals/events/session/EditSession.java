package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fractalgoals.events.goal.FieldChange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Changes what a PATCH of a session sent: each {@link FieldChange} left null stays, one holding null clears the
 * field; {@code goalIds}, when not null, is the complete new set of linked goals. {@code expectedVersion}
 * carries the client's If-Match (null: any version).
 */
public record EditSession(@TargetAggregateIdentifier UUID sessionId, UUID fractalId, FieldChange<String> name,
                          FieldChange<String> description, FieldChange<Instant> startedAt, List<UUID> goalIds,
                          Long expectedVersion, String ownerId, Instant requestedAt) {

    public EditSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
