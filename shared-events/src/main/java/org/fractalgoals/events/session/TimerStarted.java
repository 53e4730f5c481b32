package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The instance's timer started at {@code startedAt}; an earlier stop time is cleared. */
@Revision("1")
public record TimerStarted(UUID fractalId, UUID sessionId, UUID instanceId, Instant startedAt,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
