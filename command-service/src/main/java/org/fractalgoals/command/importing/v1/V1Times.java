package org.fractalgoals.command.importing.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The time texts of v1.2 files: {@code YYYY-MM-DD HH:MM:SS[.ffffff]} in UTC without a zone, the same with an
 * offset ({@code sessions.session_start} of never-opened sessions), ISO {@code T} forms, and plain dates.
 */
final class V1Times {

    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private V1Times() {
    }

    /** A moment; a text without a zone is UTC, a date alone is its midnight UTC. */
    static Instant instant(String text) throws DateTimeParseException {
        String trimmed = text.trim();
        if (isDateOnly(trimmed)) {
            return LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        TemporalAccessor parsed = DATE_TIME.parse(withT(trimmed));
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed).toInstant();
        }
        return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
    }

    /** A calendar date as written: {@code YYYY-MM-DD}, or the date part of a (midnight) date-time. */
    static LocalDate date(String text) throws DateTimeParseException {
        String trimmed = text.trim();
        if (isDateOnly(trimmed)) {
            return LocalDate.parse(trimmed);
        }
        return LocalDate.from(DATE_TIME.parse(withT(trimmed)));
    }

    private static boolean isDateOnly(String text) {
        return text.length() == 10;
    }

    private static String withT(String text) {
        if (text.length() > 10 && text.charAt(10) == ' ') {
            return text.substring(0, 10) + 'T' + text.substring(11);
        }
        return text;
    }
}
