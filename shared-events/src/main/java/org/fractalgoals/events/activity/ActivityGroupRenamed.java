package org.fractalgoals.events.activity;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.time.Instant;
import java.util.UUID;

/** A group got a new name. */
@Revision("1")
public record ActivityGroupRenamed(UUID fractalId, UUID groupId, @PersonalData String name,
                 String ownerId,
                 Instant occurredAt) implements ActivityGroupEvent {
}
