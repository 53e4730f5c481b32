package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;
import java.util.List;
import java.time.Instant;
import java.util.UUID;

/** Single values of the instance were set, each by metric and split; a null value clears that one (for an activity without sets). */
@Revision("1")
public record ValuesRecorded(UUID fractalId, UUID sessionId, UUID instanceId, UUID activityId, List<RecordedValue> values,
        String ownerId,
        Instant occurredAt) implements SessionEvent {
}
