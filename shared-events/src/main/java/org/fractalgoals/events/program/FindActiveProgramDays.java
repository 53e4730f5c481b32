package org.fractalgoals.events.program;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The days of active programs whose block covers {@code date}: abstract days and the days dated on it, one page at
 * a time ({@code cursor} null for the first page).
 */
public record FindActiveProgramDays(String ownerId, UUID fractalId, LocalDate date, int limit, String cursor) {

    public FindActiveProgramDays {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(date, "date");
    }
}
