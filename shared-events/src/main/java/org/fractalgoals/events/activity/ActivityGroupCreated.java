package org.fractalgoals.events.activity;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.time.Instant;
import java.util.UUID;

/** A group of activities was added at the end of the fractal's group order. */
@Revision("1")
public record ActivityGroupCreated(UUID fractalId, UUID groupId, @PersonalData String name, @PersonalData String description,
                 String ownerId,
                 Instant occurredAt) implements ActivityGroupEvent {
}
