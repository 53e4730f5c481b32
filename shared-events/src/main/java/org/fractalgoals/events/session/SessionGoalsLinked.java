package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;
import java.util.List;
import java.time.Instant;
import java.util.UUID;

/** The session now also counts for these goals. */
@Revision("1")
public record SessionGoalsLinked(UUID fractalId, UUID sessionId, List<UUID> goalIds,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
