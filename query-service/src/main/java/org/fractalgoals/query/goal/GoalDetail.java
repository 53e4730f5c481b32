package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.GoalLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One goal on its own: the fields of a {@link GoalNode} without the nested children, but with the ids of its
 * children (in tree order) and of its ancestors (root first). Its {@code version} is the answer's ETag.
 */
public record GoalDetail(UUID id,
                         UUID parentId,
                         GoalLevel level,
                         String name,
                         String description,
                         LocalDate deadline,
                         String relevance,
                         boolean completed,
                         Instant completedAt,
                         CompletionSource completionSource,
                         Instant createdAt,
                         long ageDays,
                         List<TargetView> targets,
                         GoalNode.Smart smart,
                         int subtreeGoalCount,
                         int subtreeCompletedCount,
                         int percentComplete,
                         long version,
                         List<UUID> childIds,
                         List<UUID> ancestorIds) {
}
