package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.util.List;
import java.time.Instant;
import java.util.UUID;

/** A target was added to a goal. */
@Revision("1")
public record TargetAdded(UUID fractalId, UUID goalId, UUID targetId, @PersonalData String name, UUID activityId, List<Threshold> thresholds,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
