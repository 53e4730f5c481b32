package org.fractalgoals.command.importing;

import org.fractalgoals.events.goal.GoalLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class V1GoalLevelsTest {

    @ParameterizedTest
    @CsvSource({"UltimateGoal, ULTIMATE", "LongTermGoal, LONG_TERM", "MidTermGoal, MID_TERM",
                "ShortTermGoal, SHORT_TERM", "ImmediateGoal, IMMEDIATE", "MicroGoal, MICRO", "NanoGoal, NANO"})
    void each_v1_type_name_is_one_level(String type, GoalLevel level) {
        assertThat(V1GoalLevels.of(type)).contains(level);
    }

    @Test
    void the_seven_type_names_cover_the_seven_levels() {
        assertThat(java.util.stream.Stream.of("UltimateGoal", "LongTermGoal", "MidTermGoal", "ShortTermGoal",
                                              "ImmediateGoal", "MicroGoal", "NanoGoal")
                                          .map(type -> V1GoalLevels.of(type).orElseThrow()))
                .containsExactly(GoalLevel.values());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Goal", "ultimategoal", "ULTIMATE", "LongTerm", "Ultimate Goal", "SprintGoal"})
    void any_other_name_is_no_level(String type) {
        assertThat(V1GoalLevels.of(type)).isEmpty();
    }
}
