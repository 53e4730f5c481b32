package org.fractalgoals.events.session;

import java.util.Objects;
import java.util.UUID;

/** One session of the caller's fractal with its sections, instances and achieved targets. */
public record FindSession(String ownerId, UUID fractalId, UUID sessionId) {

    public FindSession {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
