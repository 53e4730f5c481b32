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
    @Schema(name = "GoalTimeList", example = """
            {"items": [{"goalId": "3c4d5e6f-7081-4923-8b4c-5d6e7f809102", "parentId": "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091",
            "name": "Clean major scales", "level": "SHORT_TERM", "directSeconds": 1800, "subtreeSeconds": 4500,
            "sessionCount": 3}]}""")
    record Page(List<GoalTime> items) {
    }
}
