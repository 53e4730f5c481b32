package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.time.Instant;
import java.util.UUID;

/** A section was appended at index {@code section} (so far only when an activity was added to a session without sections). */
@Revision("1")
public record SessionSectionAdded(UUID fractalId, UUID sessionId, int section, @PersonalData String name, Integer plannedMinutes,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
