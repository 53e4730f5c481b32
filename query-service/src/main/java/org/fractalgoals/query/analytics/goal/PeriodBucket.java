package org.fractalgoals.query.analytics.goal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** How completions are counted over time: by ISO week (Monday first, {@code 2026-W02}) or by month ({@code 2026-01}). */
enum PeriodBucket {

    WEEK {
        @Override
        LocalDate startOf(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusWeeks(1);
        }

        /** The ISO week-based year: the week of Monday 2025-12-29 is 2026-W01. */
        @Override
        String label(LocalDate start) {
            return String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                                 start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    },
    MONTH {
        @Override
        LocalDate startOf(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusMonths(1);
        }

        @Override
        String label(LocalDate start) {
            return String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
        }
    };

    abstract LocalDate startOf(LocalDate day);

    abstract LocalDate next(LocalDate start);

    abstract String label(LocalDate start);

    /** The bucket a query parameter names ({@code week} or {@code month}), if any. */
    static Optional<PeriodBucket> named(String name) {
        for (PeriodBucket bucket : values()) {
            if (bucket.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(bucket);
            }
        }
        return Optional.empty();
    }
}
