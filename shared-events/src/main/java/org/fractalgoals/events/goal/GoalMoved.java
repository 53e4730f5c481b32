package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A goal, with its subtree, was moved under another parent in the same fractal. */
@Revision("1")
public record GoalMoved(UUID fractalId, UUID goalId, UUID previousParentId, UUID parentId,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
