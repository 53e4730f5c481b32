package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;
import java.time.LocalDate;
import java.time.Instant;
import java.util.UUID;

/** A goal's deadline was set, moved or cleared (null). */
@Revision("1")
public record GoalDeadlineChanged(UUID fractalId, UUID goalId, LocalDate deadline,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
