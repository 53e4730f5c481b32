package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.time.Instant;
import java.util.UUID;

/** The session's description was replaced (null: cleared). */
@Revision("1")
public record SessionDescriptionChanged(UUID fractalId, UUID sessionId, @PersonalData String description,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
