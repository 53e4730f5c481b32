package org.fractalgoals.query.analytics.session;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Runs of consecutive practice days (local days on which a completed session started).
 *
 * @param current the run ending today, or yesterday while today has no practice yet: a streak is not broken
 *                before the day is over
 * @param longest the longest run ever
 * @param lastPracticeDay null before the first completed session
 */
@Schema(example = """
        {"current": 4, "longest": 11, "lastPracticeDay": "2026-03-01", "today": "2026-03-01"}""")
record Streaks(int current, int longest, LocalDate lastPracticeDay, LocalDate today) {

    static Streaks of(Collection<SessionFact> sessions, ZoneId zone, LocalDate today) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        for (SessionFact session : sessions) {
            if (session.completed()) {
                days.add(session.at().atZone(zone).toLocalDate());
            }
        }
        return ofPracticeDays(days, today);
    }

    static Streaks ofPracticeDays(Collection<LocalDate> practiceDays, LocalDate today) {
        NavigableSet<LocalDate> days = new TreeSet<>(practiceDays);
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        LocalDate end = days.contains(today) ? today : today.minusDays(1);
        int current = 0;
        for (LocalDate day = end; days.contains(day); day = day.minusDays(1)) {
            current++;
        }
        return new Streaks(current, longest, days.isEmpty() ? null : days.last(), today);
    }
}
