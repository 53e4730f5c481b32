package org.fractalgoals.events.activity;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** An activity was deleted; past sessions keep what was recorded for it. */
@Revision("1")
public record ActivityDeleted(UUID fractalId, UUID activityId,
                 String ownerId,
                 Instant occurredAt) implements ActivityEvent {
}
