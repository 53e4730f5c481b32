package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** An activity instance moved to a position of a section (the position counts the section without the instance). */
@Revision("1")
public record ActivityInstanceMoved(UUID fractalId, UUID sessionId, UUID instanceId, int section, int position,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
