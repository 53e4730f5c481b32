package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.util.List;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Replaces the instance's sets (activities with sets). {@code expectedVersion} carries the client's If-Match (null: any version). */
public record RecordSets(@TargetAggregateIdentifier UUID sessionId, UUID fractalId, UUID instanceId, List<ActivitySet> sets,
                 Long expectedVersion, String ownerId, Instant requestedAt) {

    public RecordSets {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
