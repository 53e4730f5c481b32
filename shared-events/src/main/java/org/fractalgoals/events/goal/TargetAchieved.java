package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A target was met for the first time (since it was last reopened) by evidence recorded in a session. */
@Revision("1")
public record TargetAchieved(UUID fractalId, UUID goalId, UUID targetId, UUID sessionId, UUID instanceId,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
