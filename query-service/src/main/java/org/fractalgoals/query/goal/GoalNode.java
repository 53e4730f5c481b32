package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.GoalLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One goal of the tree answer, with its children nested. */
public record GoalNode(UUID id,
                       UUID parentId,
                       GoalLevel level,
                       String name,
                       String description,
                       LocalDate deadline,
                       String relevance,
                       boolean completed,
                       Instant completedAt,
                       Instant createdAt,
                       List<Object> targets,
                       Smart smart,
                       List<GoalNode> children) {

    /** The SMART letters, computed from what the goal has. */
    public record Smart(boolean specific, boolean measurable, boolean achievable, boolean relevant, boolean timeBound) {
    }
}
