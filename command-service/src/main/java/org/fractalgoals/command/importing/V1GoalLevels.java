package org.fractalgoals.command.importing;

import org.fractalgoals.events.goal.GoalLevel;

import java.util.Map;
import java.util.Optional;

/** v1.2's goal type names ({@code goals.type}) as today's levels. */
public final class V1GoalLevels {

    private static final Map<String, GoalLevel> BY_TYPE = Map.of(
            "UltimateGoal", GoalLevel.ULTIMATE,
            "LongTermGoal", GoalLevel.LONG_TERM,
            "MidTermGoal", GoalLevel.MID_TERM,
            "ShortTermGoal", GoalLevel.SHORT_TERM,
            "ImmediateGoal", GoalLevel.IMMEDIATE,
            "MicroGoal", GoalLevel.MICRO,
            "NanoGoal", GoalLevel.NANO);

    private V1GoalLevels() {
    }

    /** The level of a v1.2 type name as stored (case matters, as v1.2's CHECK did); empty for any other name. */
    public static Optional<GoalLevel> of(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(BY_TYPE.get(type));
    }
}
