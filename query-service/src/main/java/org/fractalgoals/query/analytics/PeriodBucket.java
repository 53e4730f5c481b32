package org.fractalgoals.query.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The periods that trends and timelines are counted in, as local days of the caller's zone: ISO weeks (Monday
 * first, {@code 2026-W02}) or months ({@code 2026-01}).
 */
public enum PeriodBucket {

    /** Named by the ISO week-based year, which differs from the calendar year around New Year. */
    WEEK {
        @Override
        public LocalDate start(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        public LocalDate next(LocalDate start) {
            return start.plusWeeks(1);
        }

        @Override
        public String label(LocalDate start) {
            return String.format(Locale.ROOT, "%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                                 start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    },

    MONTH {
        @Override
        public LocalDate start(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        public LocalDate next(LocalDate start) {
            return start.plusMonths(1);
        }

        @Override
        public String label(LocalDate start) {
            return YearMonth.from(start).toString();
        }
    };

    /** The first day of the period that holds this day. */
    public abstract LocalDate start(LocalDate day);

    /** The first day of the period after the one starting on {@code start}. */
    public abstract LocalDate next(LocalDate start);

    /** The period's label, such as {@code 2026-W02} or {@code 2026-01}. */
    public abstract String label(LocalDate start);

    /** The name the API uses for this kind of period. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of period a query parameter names ({@code week} or {@code month}), if any. */
    public static Optional<PeriodBucket> named(String id) {
        for (PeriodBucket bucket : values()) {
            if (bucket.id().equals(id)) {
                return Optional.of(bucket);
            }
        }
        return Optional.empty();
    }
}
