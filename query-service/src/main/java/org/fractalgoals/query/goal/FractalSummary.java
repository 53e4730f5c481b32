package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.GoalLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the fractal list: the root goal's details, when the fractal last changed ({@code occurredAt}
 * of its last event) and the size of the tree.
 */
public record FractalSummary(UUID id,
                             String name,
                             String description,
                             GoalLevel level,
                             LocalDate deadline,
                             Instant createdAt,
                             Instant updatedAt,
                             long goalCount,
                             long completedGoalCount) {
}
