package org.fractalgoals.events.activity;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A group was deleted; its activities are ungrouped from now on. */
@Revision("1")
public record ActivityGroupDeleted(UUID fractalId, UUID groupId,
                 String ownerId,
                 Instant occurredAt) implements ActivityGroupEvent {
}
