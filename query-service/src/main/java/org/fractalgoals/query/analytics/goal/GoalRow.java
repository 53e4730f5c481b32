package org.fractalgoals.query.analytics.goal;

import org.fractalgoals.events.goal.GoalLevel;

import java.time.Instant;
import java.util.UUID;

/** A live goal as the goal analytics store it; {@code completedAt} is null while the goal is not completed. */
record GoalRow(UUID id, UUID parentId, GoalLevel level, String name, Instant createdAt, Instant completedAt) {

    boolean completed() {
        return completedAt != null;
    }
}
