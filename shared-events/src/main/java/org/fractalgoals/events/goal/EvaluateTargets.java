package org.fractalgoals.events.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.List;
/** Checks new evidence (the sets, or single values, of one activity instance in a session linked to {@code goalIds}) against those goals' targets: achieves the targets it meets and completes goals whose targets are then all achieved. */
public record EvaluateTargets(@TargetAggregateIdentifier UUID fractalId,
                 List<UUID> goalIds, UUID sessionId, UUID instanceId, UUID activityId, List<RecordedSet> sets,
                 String ownerId,
                 Instant requestedAt) {

    public EvaluateTargets {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
