package org.fractalgoals.query.analytics.goal;

import org.fractalgoals.events.goal.GoalLevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Of the live goals of one level, how many are completed, and that ratio rounded half up to 2 decimal places. */
record LevelRate(GoalLevel level, int total, int completed, BigDecimal rate) {

    /** One entry per level that has goals, from the highest level down. */
    static List<LevelRate> of(Collection<GoalRow> goals) {
        Map<GoalLevel, int[]> counts = new EnumMap<>(GoalLevel.class);
        for (GoalRow goal : goals) {
            int[] levelCounts = counts.computeIfAbsent(goal.level(), level -> new int[2]);
            levelCounts[0]++;
            levelCounts[1] += goal.completed() ? 1 : 0;
        }
        List<LevelRate> rates = new ArrayList<>();
        counts.forEach((level, levelCounts) -> rates.add(new LevelRate(level, levelCounts[0], levelCounts[1],
                                                                       ratio(levelCounts[1], levelCounts[0]))));
        return rates;
    }

    private static BigDecimal ratio(int completed, int total) {
        return BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}
