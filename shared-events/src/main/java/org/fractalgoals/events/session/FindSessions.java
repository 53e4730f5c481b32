package org.fractalgoals.events.session;

import java.util.Objects;
import java.util.UUID;

/** A page of the caller's sessions of a fractal, newest first; {@code status} null for all, {@code cursor} null for the first page. */
public record FindSessions(String ownerId, UUID fractalId, SessionStatus status, int limit, String cursor) {

    public FindSessions {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
