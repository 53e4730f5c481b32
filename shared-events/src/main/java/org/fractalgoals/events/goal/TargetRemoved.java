package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A target was removed from its goal. */
@Revision("1")
public record TargetRemoved(UUID fractalId, UUID goalId, UUID targetId,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
