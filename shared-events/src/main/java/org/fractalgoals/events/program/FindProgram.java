package org.fractalgoals.events.program;

import java.util.Objects;
import java.util.UUID;

/** One program with its blocks, days, linked sessions and goal deadlines. */
public record FindProgram(String ownerId, UUID fractalId, UUID programId) {

    public FindProgram {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(programId, "programId");
    }
}
