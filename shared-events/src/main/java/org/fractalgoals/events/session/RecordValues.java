package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.util.List;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Sets single values of the instance by metric and split, a null value clearing one (activities without sets). {@code expectedVersion} carries the client's If-Match (null: any version). */
public record RecordValues(@TargetAggregateIdentifier UUID sessionId, UUID fractalId, UUID instanceId, List<RecordedValue> values,
                 Long expectedVersion, String ownerId, Instant requestedAt) {

    public RecordValues {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
