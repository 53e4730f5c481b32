package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The session was completed: it ended at {@code endedAt}, {@code durationSeconds} after its start. Running timers were stopped just before. */
@Revision("1")
public record SessionCompleted(UUID fractalId, UUID sessionId, Instant endedAt, long durationSeconds,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
