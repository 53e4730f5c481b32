package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The instance's timer stopped; {@code durationSeconds} = whole seconds from its start. */
@Revision("1")
public record TimerStopped(UUID fractalId, UUID sessionId, UUID instanceId, Instant stoppedAt, long durationSeconds,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
