package org.fractalgoals.query.analytics.goal;

import org.fractalgoals.query.analytics.PeriodBucket;
import org.fractalgoals.events.goal.GoalLevel;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The answer of {@code GET analytics/goals/completions}: the goals completed now, oldest completion first, the
 * completions per period, and the completion rate of each level.
 */
record GoalCompletions(List<Completion> timeline, List<PeriodCount> periods, List<LevelRate> levels) {

    record Completion(UUID goalId, String name, GoalLevel level, Instant completedAt) {
    }

    static GoalCompletions of(GoalTree tree, PeriodBucket bucket, ZoneId zone) {
        List<GoalRow> goals = tree.inTreeOrder();
        // A stable sort: goals completed at the same instant stay in tree order.
        List<Completion> timeline = goals.stream()
                                         .filter(GoalRow::completed)
                                         .sorted(Comparator.comparing(GoalRow::completedAt))
                                         .map(goal -> new Completion(goal.id(), goal.name(), goal.level(), goal.completedAt()))
                                         .toList();
        return new GoalCompletions(timeline, PeriodCount.of(timeline.stream().map(Completion::completedAt).toList(),
                                                            bucket, zone),
                                   LevelRate.of(goals));
    }
}
