package org.fractalgoals.events.goal;

import java.util.Objects;

/** The caller's fractals, newest first, one page at a time ({@code cursor} null for the first page). */
public record FindFractals(String ownerId, int limit, String cursor) {

    public FindFractals {
        Objects.requireNonNull(ownerId, "ownerId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
