package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The session's start moved (null: not started). For a completed session the end moved with it, keeping its duration; {@code endedAt} is null for an open one. */
@Revision("1")
public record SessionStartChanged(UUID fractalId, UUID sessionId, Instant startedAt, Instant endedAt,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
