package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.time.Instant;
import java.util.UUID;

/** A goal got a new name. */
@Revision("1")
public record GoalRenamed(UUID fractalId, UUID goalId, @PersonalData String name,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
