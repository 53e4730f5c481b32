package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** An activity instance was taken out of the session with everything recorded for it. */
@Revision("1")
public record ActivityInstanceRemoved(UUID fractalId, UUID sessionId, UUID instanceId,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
