package org.fractalgoals.events.activity;

import org.axonframework.serialization.Revision;
import java.util.List;
import java.time.Instant;
import java.util.UUID;

/** The fractal's groups are now in this order (every group, first to last). */
@Revision("1")
public record ActivityGroupsReordered(UUID fractalId, List<UUID> groupIds,
                 String ownerId,
                 Instant occurredAt) implements ActivityGroupEvent {
}
