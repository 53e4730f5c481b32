package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The instance's start and stop were typed in; {@code durationSeconds} is null unless both are set. */
@Revision("1")
public record InstanceTimesSet(UUID fractalId, UUID sessionId, UUID instanceId, Instant startedAt, Instant stoppedAt, Long durationSeconds,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
