package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.GoalLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One goal of the tree answer, with its children nested (by creation time, then id). {@code ageDays} is counted
 * at query time; the subtree figures count the goal itself and all its descendants; {@code version} is the
 * sequence number of the last event that touched the goal or its targets.
 */
public record GoalNode(UUID id,
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
                       Smart smart,
                       int subtreeGoalCount,
                       int subtreeCompletedCount,
                       int percentComplete,
                       long version,
                       List<GoalNode> children) {

    /**
     * The SMART letters, computed from what the goal has. {@code achievable} stays false until goals can be
     * linked to activities.
     */
    public record Smart(boolean specific, boolean measurable, boolean achievable, boolean relevant, boolean timeBound) {
    }
}
