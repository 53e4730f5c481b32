package org.fractalgoals.query.analytics.goal;

import org.fractalgoals.query.analytics.PeriodBucket;
import org.fractalgoals.events.goal.GoalLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GoalCompletionsTest {

    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void weeks_are_iso_weeks_local_to_the_zone_and_gaps_are_zero_filled() {
        List<Instant> completions = List.of(
                // Sunday 2026-01-04 23:30 UTC is Monday 00:30 in Berlin: week 2 there, week 1 in UTC.
                Instant.parse("2026-01-04T23:30:00Z"),
                Instant.parse("2025-12-29T08:00:00Z"),
                Instant.parse("2026-01-20T12:00:00Z"));

        assertThat(PeriodCount.of(completions, PeriodBucket.WEEK, BERLIN))
                .containsExactly(new PeriodCount("2026-W01", LocalDate.parse("2025-12-29"), 1),
                                 new PeriodCount("2026-W02", LocalDate.parse("2026-01-05"), 1),
                                 new PeriodCount("2026-W03", LocalDate.parse("2026-01-12"), 0),
                                 new PeriodCount("2026-W04", LocalDate.parse("2026-01-19"), 1));
        assertThat(PeriodCount.of(completions, PeriodBucket.WEEK, ZoneOffset.UTC))
                .extracting(PeriodCount::period, PeriodCount::count)
                .containsExactly(tuple("2026-W01", 2), tuple("2026-W02", 0), tuple("2026-W03", 0), tuple("2026-W04", 1));
    }

    @Test
    void months_run_from_the_first_to_the_last_completion() {
        List<Instant> completions = List.of(Instant.parse("2025-11-30T23:30:00Z"), // December 1st in Berlin
                                            Instant.parse("2026-02-10T10:00:00Z"),
                                            Instant.parse("2026-02-11T10:00:00Z"));

        assertThat(PeriodCount.of(completions, PeriodBucket.MONTH, BERLIN))
                .containsExactly(new PeriodCount("2025-12", LocalDate.parse("2025-12-01"), 1),
                                 new PeriodCount("2026-01", LocalDate.parse("2026-01-01"), 0),
                                 new PeriodCount("2026-02", LocalDate.parse("2026-02-01"), 2));
        assertThat(PeriodCount.of(List.of(), PeriodBucket.MONTH, BERLIN)).isEmpty();
    }

    @Test
    void a_level_rate_is_completed_over_total_rounded_half_up_and_empty_levels_are_left_out() {
        List<GoalRow> goals = new ArrayList<>();
        goals.add(goal(GoalLevel.ULTIMATE, null));
        // 2 of 3 = 0.666… → 0.67
        goals.add(goal(GoalLevel.LONG_TERM, Instant.parse("2026-01-01T00:00:00Z")));
        goals.add(goal(GoalLevel.LONG_TERM, Instant.parse("2026-01-02T00:00:00Z")));
        goals.add(goal(GoalLevel.LONG_TERM, null));
        // 1 of 8 = 0.125 → 0.13 (half up, where half-even would give 0.12)
        goals.add(goal(GoalLevel.IMMEDIATE, Instant.parse("2026-01-03T00:00:00Z")));
        for (int i = 0; i < 7; i++) {
            goals.add(goal(GoalLevel.IMMEDIATE, null));
        }

        assertThat(LevelRate.of(goals))
                .extracting(LevelRate::level, LevelRate::total, LevelRate::completed, rate -> rate.rate().toPlainString())
                .containsExactly(tuple(GoalLevel.ULTIMATE, 1, 0, "0.00"),
                                 tuple(GoalLevel.LONG_TERM, 3, 2, "0.67"),
                                 tuple(GoalLevel.IMMEDIATE, 8, 1, "0.13"));
    }

    @Test
    void the_timeline_lists_completed_goals_oldest_completion_first() {
        GoalRow root = new GoalRow(UUID.randomUUID(), null, GoalLevel.ULTIMATE, "root", CREATED, null);
        GoalRow late = new GoalRow(UUID.randomUUID(), root.id(), GoalLevel.LONG_TERM, "late", CREATED,
                                   Instant.parse("2026-03-01T00:00:00Z"));
        GoalRow early = new GoalRow(UUID.randomUUID(), root.id(), GoalLevel.LONG_TERM, "early", CREATED.plusSeconds(1),
                                    Instant.parse("2026-01-15T00:00:00Z"));

        GoalCompletions completions = GoalCompletions.of(GoalTree.of(List.of(root, late, early)), PeriodBucket.MONTH,
                                                         ZoneOffset.UTC);

        assertThat(completions.timeline()).extracting(GoalCompletions.Completion::name).containsExactly("early", "late");
        assertThat(completions.periods()).extracting(PeriodCount::period, PeriodCount::count)
                                         .containsExactly(tuple("2026-01", 1), tuple("2026-02", 0), tuple("2026-03", 1));
        assertThat(completions.levels()).extracting(LevelRate::level, LevelRate::completed)
                                        .containsExactly(tuple(GoalLevel.ULTIMATE, 0), tuple(GoalLevel.LONG_TERM, 2));
    }

    private static GoalRow goal(GoalLevel level, Instant completedAt) {
        return new GoalRow(UUID.randomUUID(), null, level, level.name(), CREATED, completedAt);
    }
}
