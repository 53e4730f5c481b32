package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.time.Instant;
import java.util.UUID;

/** A goal's relevance statement (the R of SMART) was set, changed or cleared (null). */
@Revision("1")
public record GoalRelevanceChanged(UUID fractalId, UUID goalId, @PersonalData String relevance,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
