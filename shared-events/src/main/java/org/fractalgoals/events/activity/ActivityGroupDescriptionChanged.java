package org.fractalgoals.events.activity;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.time.Instant;
import java.util.UUID;

/** A group's description was set, changed or cleared (null). */
@Revision("1")
public record ActivityGroupDescriptionChanged(UUID fractalId, UUID groupId, @PersonalData String description,
                 String ownerId,
                 Instant occurredAt) implements ActivityGroupEvent {
}
