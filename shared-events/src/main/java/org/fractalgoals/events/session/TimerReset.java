package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The instance's start and stop times (and so its duration) were cleared. */
@Revision("1")
public record TimerReset(UUID fractalId, UUID sessionId, UUID instanceId,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
