package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;
import java.util.List;
import java.time.Instant;
import java.util.UUID;

/** The instance's sets were replaced by these, in order (for an activity with sets). */
@Revision("1")
public record SetsRecorded(UUID fractalId, UUID sessionId, UUID instanceId, UUID activityId, List<ActivitySet> sets,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
