package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A completed goal was opened again by hand; its completion time is cleared. */
@Revision("1")
public record GoalUncompleted(UUID fractalId, UUID goalId,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
