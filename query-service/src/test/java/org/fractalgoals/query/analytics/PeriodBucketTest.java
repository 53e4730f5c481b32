package org.fractalgoals.query.analytics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodBucketTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void a_week_starts_on_monday_and_is_named_by_its_iso_week() {
        assertThat(PeriodBucket.WEEK.start(day("2026-01-05"))).isEqualTo(day("2026-01-05"));
        assertThat(PeriodBucket.WEEK.start(day("2026-01-11"))).isEqualTo(day("2026-01-05"));
        assertThat(PeriodBucket.WEEK.label(day("2026-01-05"))).isEqualTo("2026-W02");
    }

    @Test
    void the_first_days_of_a_year_can_belong_to_the_last_week_of_the_year_before_and_the_other_way_round() {
        // 2026-01-01 is a Thursday, so week 1 of 2026 starts on Monday 2025-12-29.
        assertThat(PeriodBucket.WEEK.start(day("2026-01-01"))).isEqualTo(day("2025-12-29"));
        assertThat(PeriodBucket.WEEK.label(day("2025-12-29"))).isEqualTo("2026-W01");
        // 2025-01-01 is a Wednesday, so Monday 2024-12-30 starts week 1 of 2025.
        assertThat(PeriodBucket.WEEK.label(PeriodBucket.WEEK.start(day("2024-12-31")))).isEqualTo("2025-W01");
    }

    @Test
    void a_year_starting_on_thursday_has_a_53rd_week_that_runs_into_the_next_calendar_year() {
        LocalDate start = PeriodBucket.WEEK.start(day("2026-12-31"));
        assertThat(start).isEqualTo(day("2026-12-28"));
        assertThat(PeriodBucket.WEEK.label(start)).isEqualTo("2026-W53");
        // Sunday 2027-01-03 is still in 2026-W53, never "2027-W53".
        assertThat(PeriodBucket.WEEK.label(PeriodBucket.WEEK.start(day("2027-01-03")))).isEqualTo("2026-W53");
        assertThat(PeriodBucket.WEEK.next(start)).isEqualTo(day("2027-01-04"));
        assertThat(PeriodBucket.WEEK.label(day("2027-01-04"))).isEqualTo("2027-W01");
        // 2027 starts on a Friday: its last week is the 52nd.
        assertThat(PeriodBucket.WEEK.label(PeriodBucket.WEEK.start(day("2027-12-31")))).isEqualTo("2027-W52");
    }

    @Test
    void a_month_starts_on_its_first_day_and_is_named_by_year_and_month() {
        assertThat(PeriodBucket.MONTH.start(day("2026-01-31"))).isEqualTo(day("2026-01-01"));
        assertThat(PeriodBucket.MONTH.label(day("2026-01-01"))).isEqualTo("2026-01");
        assertThat(PeriodBucket.MONTH.next(day("2026-12-01"))).isEqualTo(day("2027-01-01"));
        assertThat(PeriodBucket.MONTH.id()).isEqualTo("month");
        assertThat(PeriodBucket.WEEK.id()).isEqualTo("week");
    }
}
