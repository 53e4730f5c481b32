package org.fractalgoals.query.analytics.session;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StreaksTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-01-11");

    private static List<LocalDate> januaryDays(int... days) {
        return Arrays.stream(days).mapToObj(day -> LocalDate.of(2026, 1, day)).toList();
    }

    @Test
    void the_current_run_ends_today_and_the_longest_is_the_longest_ever() {
        Streaks streaks = Streaks.ofPracticeDays(januaryDays(1, 2, 3, 6, 7, 10, 11), TODAY);

        assertThat(streaks).isEqualTo(new Streaks(2, 3, TODAY, TODAY));
    }

    @Test
    void a_run_ending_yesterday_is_current_while_today_has_no_practice_yet() {
        Streaks streaks = Streaks.ofPracticeDays(januaryDays(8, 9, 10), TODAY);

        assertThat(streaks).isEqualTo(new Streaks(3, 3, LocalDate.parse("2026-01-10"), TODAY));
    }

    @Test
    void a_run_ending_the_day_before_yesterday_is_broken() {
        Streaks streaks = Streaks.ofPracticeDays(januaryDays(8, 9), TODAY);

        assertThat(streaks).isEqualTo(new Streaks(0, 2, LocalDate.parse("2026-01-09"), TODAY));
    }

    @Test
    void no_practice_gives_no_streak_and_no_last_day() {
        assertThat(Streaks.ofPracticeDays(List.of(), TODAY)).isEqualTo(new Streaks(0, 0, null, TODAY));
    }

    @Test
    void runs_continue_across_month_and_year_ends() {
        List<LocalDate> days = List.of(LocalDate.parse("2025-12-30"), LocalDate.parse("2025-12-31"),
                                       LocalDate.parse("2026-01-01"));

        assertThat(Streaks.ofPracticeDays(days, LocalDate.parse("2026-01-02")))
                .isEqualTo(new Streaks(3, 3, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-02")));
    }

    @Test
    void only_completed_sessions_make_practice_days_local_to_the_zone() {
        List<SessionFact> sessions = List.of(SessionFact.completed(Instant.parse("2026-01-09T23:30:00Z"), 600),
                                             SessionFact.completed(Instant.parse("2026-01-10T12:00:00Z"), 600),
                                             SessionFact.open(Instant.parse("2026-01-11T06:00:00Z")));

        // UTC: the 9th and 10th. Berlin: both on the 10th (00:30 and 13:00 local).
        assertThat(Streaks.of(sessions, ZoneId.of("UTC"), TODAY))
                .isEqualTo(new Streaks(2, 2, LocalDate.parse("2026-01-10"), TODAY));
        assertThat(Streaks.of(sessions, ZoneId.of("Europe/Berlin"), TODAY))
                .isEqualTo(new Streaks(1, 1, LocalDate.parse("2026-01-10"), TODAY));
    }

    @Test
    void on_the_day_berlin_changes_to_summer_time_a_day_has_23_hours() {
        // 2026-03-28T23:30Z is 00:30 CET and 2026-03-29T21:30Z is 23:30 CEST: one local day, the 29th.
        // 2026-03-29T22:30Z is 00:30 CEST on the 30th.
        List<SessionFact> sessions = List.of(SessionFact.completed(Instant.parse("2026-03-28T23:30:00Z"), 60),
                                             SessionFact.completed(Instant.parse("2026-03-29T21:30:00Z"), 60),
                                             SessionFact.completed(Instant.parse("2026-03-29T22:30:00Z"), 60));
        LocalDate today = LocalDate.parse("2026-03-30");

        assertThat(Streaks.of(sessions, ZoneId.of("Europe/Berlin"), today)).isEqualTo(new Streaks(2, 2, today, today));
        // In UTC the same sessions fall on the 28th and the 29th only.
        assertThat(Streaks.of(sessions, ZoneId.of("UTC"), today))
                .isEqualTo(new Streaks(2, 2, LocalDate.parse("2026-03-29"), today));
    }
}
