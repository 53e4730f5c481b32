package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;
import java.util.List;
import java.time.Instant;
import java.util.UUID;

/** The session no longer counts for these goals (by hand; a deleted goal loses its links without an event here). */
@Revision("1")
public record SessionGoalsUnlinked(UUID fractalId, UUID sessionId, List<UUID> goalIds,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
