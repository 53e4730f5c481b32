package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.time.Instant;
import java.util.UUID;

/** A goal's description was set, changed or cleared (null). */
@Revision("1")
public record GoalDescriptionChanged(UUID fractalId, UUID goalId, @PersonalData String description,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
