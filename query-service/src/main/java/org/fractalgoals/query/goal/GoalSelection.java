package org.fractalgoals.query.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fractalgoals.events.goal.GoalLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a new session may be linked to: every open short-term goal of a fractal (by creation time) with its
 * open immediate children (by creation time), a page at a time; {@code nextCursor} is null on the last page.
 */
@Schema(example = """
        {"items": [{"id": "3c4d5e6f-7081-4923-8b4c-5d6e7f809102", "name": "Clean major scales",
        "level": "SHORT_TERM", "deadline": "2026-04-30", "description": null, "immediateGoals": [{"id": "4e5f6071-8293-4b35-8d5e-6f7081920324",
        "name": "G major scale at 120 bpm", "level": "IMMEDIATE", "deadline": "2026-03-31"}]}], "nextCursor": null}""")
public record GoalSelection(List<Item> items, String nextCursor) {

    @Schema(name = "SelectableGoal")
    public record Item(UUID id, String name, GoalLevel level, LocalDate deadline, String description,
                       List<ImmediateGoal> immediateGoals) {
    }

    public record ImmediateGoal(UUID id, String name, GoalLevel level, LocalDate deadline) {
    }
}
