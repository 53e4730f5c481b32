package org.fractalgoals.query.program;

import org.fractalgoals.platform.web.CursorText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * Keyset position in the active program days of a date: the full sort key of the last item of a page. The days
 * come in program order (creation time, id), then block order (start date, id), then day order (number, date with
 * abstract days first, id), so the key holds all of these; the day id alone makes it unique. A day added before
 * the position after a page was read is not seen by the next pages, but no day after it is skipped.
 */
record ActiveDayCursor(Instant programCreatedAt, UUID programId, LocalDate blockStart, UUID blockId, int dayNumber,
                       LocalDate dayDate, UUID dayId) implements Comparable<ActiveDayCursor> {

    // Ids compare as text: the order PostgreSQL gives uuids, so a list sorted here reads as the tables sort it.
    private static final Comparator<UUID> ID_ORDER = Comparator.comparing(UUID::toString);
    private static final Comparator<ActiveDayCursor> ORDER =
            Comparator.comparing(ActiveDayCursor::programCreatedAt)
                      .thenComparing(ActiveDayCursor::programId, ID_ORDER)
                      .thenComparing(ActiveDayCursor::blockStart)
                      .thenComparing(ActiveDayCursor::blockId, ID_ORDER)
                      .thenComparingInt(ActiveDayCursor::dayNumber)
                      .thenComparing(ActiveDayCursor::dayDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                      .thenComparing(ActiveDayCursor::dayId, ID_ORDER);

    @Override
    public int compareTo(ActiveDayCursor other) {
        return ORDER.compare(this, other);
    }

    String encode() {
        return CursorText.encode(String.join("|", programCreatedAt.toString(), programId.toString(),
                                             blockStart.toString(), blockId.toString(), Integer.toString(dayNumber),
                                             dayDate == null ? "" : dayDate.toString(), dayId.toString()));
    }

    static ActiveDayCursor decode(String cursor) {
        return CursorText.decode(cursor, raw -> {
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 7) {
                throw new IllegalArgumentException("not an active day cursor");
            }
            return new ActiveDayCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]), LocalDate.parse(parts[2]),
                                       UUID.fromString(parts[3]), Integer.parseInt(parts[4]),
                                       parts[5].isEmpty() ? null : LocalDate.parse(parts[5]), UUID.fromString(parts[6]));
        });
    }
}
