package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** An activity instance was put into a section at a position (0 = first); those from there on move down one. */
@Revision("1")
public record ActivityInstanceAdded(UUID fractalId, UUID sessionId, UUID instanceId, UUID activityId, int section, int position,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
