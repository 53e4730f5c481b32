package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A goal was added to a fractal; {@code parentId} is null for the root goal. */
@Revision("1")
public record GoalCreated(UUID fractalId,
                          UUID goalId,
                          UUID parentId,
                          GoalLevel level,
                          @PersonalData String name,
                          @PersonalData String description,
                          LocalDate deadline,
                          @PersonalData String relevance,
                          String ownerId,
                          Instant occurredAt) implements GoalChange {

    public GoalCreated {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
