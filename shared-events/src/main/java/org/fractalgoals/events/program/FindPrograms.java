package org.fractalgoals.events.program;

import java.util.Objects;
import java.util.UUID;

/** A fractal's programs, newest first, one page at a time ({@code cursor} null for the first page). */
public record FindPrograms(String ownerId, UUID fractalId, int limit, String cursor) {

    public FindPrograms {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
    }
}
