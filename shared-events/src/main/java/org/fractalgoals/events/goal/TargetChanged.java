package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.util.List;
import java.time.Instant;
import java.util.UUID;

/** A target's definition was replaced; its achievement is kept only if it still holds (see {@code TargetReopened}). */
@Revision("1")
public record TargetChanged(UUID fractalId, UUID goalId, UUID targetId, @PersonalData String name, UUID activityId, List<Threshold> thresholds,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
