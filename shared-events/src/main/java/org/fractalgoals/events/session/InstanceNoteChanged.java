package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.time.Instant;
import java.util.UUID;

/** The instance's own notes text was replaced (null: cleared). */
@Revision("1")
public record InstanceNoteChanged(UUID fractalId, UUID sessionId, UUID instanceId, @PersonalData String notes,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
