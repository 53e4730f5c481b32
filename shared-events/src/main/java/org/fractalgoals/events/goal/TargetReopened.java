package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** An achieved target counts as not achieved again (its goal was uncompleted by hand, or the target was redefined). */
@Revision("1")
public record TargetReopened(UUID fractalId, UUID goalId, UUID targetId,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
