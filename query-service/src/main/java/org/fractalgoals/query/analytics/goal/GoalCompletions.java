package org.fractalgoals.query.analytics.goal;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(example = """
        {"levels": [{"level": "SHORT_TERM", "total": 4, "completed": 1, "rate": 0.25}, {"level": "IMMEDIATE",
        "total": 8, "completed": 5, "rate": 0.625}], "periods": [{"period": "2026-03", "start": "2026-03-01",
        "count": 1}], "timeline": [{"goalId": "4d5e6f70-8192-4a34-9c5d-6e7f80910213", "name": "C major scale at 120 bpm",
        "level": "IMMEDIATE", "completedAt": "2026-03-01T09:42:00Z"}]}""")
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
