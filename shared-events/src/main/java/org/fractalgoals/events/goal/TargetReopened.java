package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An achieved target counts as not achieved again, for the {@code cause} given.
 * <p>Revision 2 added {@code cause}; revision 1 events are upcast with cause {@link ReopenCause#UNRECORDED}.
 */
@Revision("2")
public record TargetReopened(UUID fractalId, UUID goalId, UUID targetId, ReopenCause cause,
        String ownerId,
        Instant occurredAt) implements GoalChange {

    public TargetReopened {
        Objects.requireNonNull(cause, "cause");
    }
}
