package org.fractalgoals.query.analytics.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fractalgoals.events.goal.GoalLevel;

import java.util.List;
import java.util.UUID;

/**
 * The time practised for one goal: {@code directSeconds} over the sessions linked to the goal itself, of which
 * there are {@code sessionCount}; {@code subtreeSeconds} over the distinct sessions linked to it or a descendant.
 */
record GoalTime(UUID goalId, UUID parentId, String name, GoalLevel level, long directSeconds, long subtreeSeconds,
                int sessionCount) {

    /** The answer of {@code GET analytics/goals/time}. */
    @Schema(name = "GoalTimeList")
    record Page(List<GoalTime> items) {
    }
}
