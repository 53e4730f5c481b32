package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A goal was completed at {@code occurredAt}, by hand or because all its targets were achieved (then {@code sessionId} names the session whose evidence achieved the last one). */
@Revision("1")
public record GoalCompleted(UUID fractalId, UUID goalId, CompletionSource source, UUID sessionId,
        String ownerId,
        Instant occurredAt) implements GoalChange {
}
