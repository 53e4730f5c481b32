package org.fractalgoals.query.analytics.session;

import org.fractalgoals.query.analytics.PeriodBucket;
import org.fractalgoals.query.analytics.session.SessionTrends.Period;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTrendsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static SessionFact open(String at) {
        return SessionFact.open(Instant.parse(at));
    }

    private static SessionFact completed(String at, long seconds) {
        return SessionFact.completed(Instant.parse(at), seconds);
    }

    private static Period period(String name, String start, long count, long seconds) {
        return new Period(name, LocalDate.parse(start), count, seconds);
    }

    @Test
    void weeks_without_sessions_between_the_first_and_the_last_are_listed_with_zeros() {
        SessionTrends trends = SessionTrends.of(List.of(completed("2026-01-05T10:00:00Z", 1800),
                                                        open("2026-01-06T10:00:00Z"),
                                                        completed("2026-01-20T10:00:00Z", 600),
                                                        completed("2026-01-21T10:00:00Z", 900)),
                                                PeriodBucket.WEEK, UTC);

        assertThat(trends.bucket()).isEqualTo("week");
        assertThat(trends.tz()).isEqualTo("UTC");
        assertThat(trends.items()).containsExactly(period("2026-W02", "2026-01-05", 2, 1800),
                                                   period("2026-W03", "2026-01-12", 0, 0),
                                                   period("2026-W04", "2026-01-19", 2, 1500));
    }

    @Test
    void months_are_counted_and_gaps_filled_across_a_new_year() {
        SessionTrends trends = SessionTrends.of(List.of(completed("2025-11-30T10:00:00Z", 60),
                                                        completed("2026-02-01T10:00:00Z", 120)),
                                                PeriodBucket.MONTH, UTC);

        assertThat(trends.items()).containsExactly(period("2025-11", "2025-11-01", 1, 60),
                                                   period("2025-12", "2025-12-01", 0, 0),
                                                   period("2026-01", "2026-01-01", 0, 0),
                                                   period("2026-02", "2026-02-01", 1, 120));
    }

    @Test
    void the_last_week_of_2026_spans_new_year() {
        SessionTrends trends = SessionTrends.of(List.of(open("2026-12-31T12:00:00Z"),
                                                        open("2027-01-03T12:00:00Z"),
                                                        open("2027-01-04T12:00:00Z")),
                                                PeriodBucket.WEEK, UTC);

        assertThat(trends.items()).containsExactly(period("2026-W53", "2026-12-28", 2, 0),
                                                   period("2027-W01", "2027-01-04", 1, 0));
    }

    @Test
    void the_time_zone_moves_a_late_sunday_session_into_the_next_week_and_month() {
        // 23:30 UTC on Saturday 2026-01-31 is 00:30 on Sunday 2026-02-01 in Berlin (UTC+1 in winter).
        List<SessionFact> late = List.of(open("2026-01-31T23:30:00Z"));
        assertThat(SessionTrends.of(late, PeriodBucket.MONTH, UTC).items()).extracting(Period::period)
                                                                            .containsExactly("2026-01");
        assertThat(SessionTrends.of(late, PeriodBucket.MONTH, BERLIN).items()).extracting(Period::period)
                                                                               .containsExactly("2026-02");
        // 23:30 UTC on Sunday 2026-01-04 (week 1) is Monday 00:30 in Berlin (week 2).
        List<SessionFact> sunday = List.of(open("2026-01-04T23:30:00Z"));
        assertThat(SessionTrends.of(sunday, PeriodBucket.WEEK, UTC).items()).extracting(Period::period)
                                                                              .containsExactly("2026-W01");
        SessionTrends berlin = SessionTrends.of(sunday, PeriodBucket.WEEK, BERLIN);
        assertThat(berlin.tz()).isEqualTo("Europe/Berlin");
        assertThat(berlin.items()).containsExactly(period("2026-W02", "2026-01-05", 1, 0));
    }

    @Test
    void on_the_day_berlin_changes_to_summer_time_the_local_day_ends_at_22_utc() {
        // Sunday 2026-03-29 has 23 hours in Berlin: 21:30 UTC is 23:30 CEST that Sunday (week 13),
        // 22:30 UTC is already 00:30 on Monday 2026-03-30 (week 14), though it would be Sunday at UTC+1.
        SessionTrends trends = SessionTrends.of(List.of(completed("2026-03-29T21:30:00Z", 300),
                                                        completed("2026-03-29T22:30:00Z", 400)),
                                                PeriodBucket.WEEK, BERLIN);

        assertThat(trends.items()).containsExactly(period("2026-W13", "2026-03-23", 1, 300),
                                                   period("2026-W14", "2026-03-30", 1, 400));
    }

    @Test
    void no_sessions_give_no_periods() {
        assertThat(SessionTrends.of(List.of(), PeriodBucket.WEEK, UTC).items()).isEmpty();
    }
}
