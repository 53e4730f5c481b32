package org.fractalgoals.query.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fractalgoals.events.goal.GoalLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a new session may be linked to: every open short-term goal of a fractal (by creation time) with its
 * open immediate children (by creation time).
 */
public record GoalSelection(List<Item> items) {

    @Schema(name = "SelectableGoal")
    public record Item(UUID id, String name, GoalLevel level, LocalDate deadline, String description,
                       List<ImmediateGoal> immediateGoals) {
    }

    public record ImmediateGoal(UUID id, String name, GoalLevel level, LocalDate deadline) {
    }
}
