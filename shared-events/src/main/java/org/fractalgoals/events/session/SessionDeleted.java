package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The session was deleted: reads no longer show it and it cannot be changed. */
@Revision("1")
public record SessionDeleted(UUID fractalId, UUID sessionId,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
