package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A completed session is open again: its completion time, end and duration are cleared. */
@Revision("1")
public record SessionReopened(UUID fractalId, UUID sessionId,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
