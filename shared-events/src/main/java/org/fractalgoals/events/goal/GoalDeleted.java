package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;
import java.util.List;
import java.time.Instant;
import java.util.UUID;

/** A goal was deleted with its whole subtree; {@code removedGoalIds} lists the goal and every descendant. */
@Revision("1")
public record GoalDeleted(UUID fractalId, UUID goalId, List<UUID> removedGoalIds,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
