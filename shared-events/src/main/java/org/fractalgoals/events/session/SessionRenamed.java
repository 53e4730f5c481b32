package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.time.Instant;
import java.util.UUID;

/** The session's name was replaced (null: it has none). */
@Revision("1")
public record SessionRenamed(UUID fractalId, UUID sessionId, @PersonalData String name,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
