package org.fractalgoals.query.analytics.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The periods that trends are counted in, as local days of the caller's zone. */
enum PeriodBucket {

    /** ISO weeks: Monday first, named by the week-based year, which differs from the calendar year around New Year. */
    WEEK {
        @Override
        LocalDate start(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusWeeks(1);
        }

        @Override
        String name(LocalDate start) {
            return String.format(Locale.ROOT, "%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                                 start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    },

    MONTH {
        @Override
        LocalDate start(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusMonths(1);
        }

        @Override
        String name(LocalDate start) {
            return YearMonth.from(start).toString();
        }
    };

    /** The first day of the period that holds this day. */
    abstract LocalDate start(LocalDate day);

    /** The first day of the period after the one starting on {@code start}. */
    abstract LocalDate next(LocalDate start);

    /** The period's name, such as {@code 2026-W02} or {@code 2026-01}. */
    abstract String name(LocalDate start);

    /** The name the API uses for this kind of period. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
