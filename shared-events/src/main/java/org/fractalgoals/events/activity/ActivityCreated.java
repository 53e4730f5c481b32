package org.fractalgoals.events.activity;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.util.List;
import java.time.Instant;
import java.util.UUID;

/** An activity was defined: what is recorded when it is practised. */
@Revision("1")
public record ActivityCreated(UUID fractalId, UUID activityId, @PersonalData String name, @PersonalData String description, UUID groupId, boolean hasSets, boolean hasSplits, boolean hasMetrics, boolean multiplicative, List<MetricDefinition> metrics, List<SplitDefinition> splits,
                 String ownerId,
                 Instant occurredAt) implements ActivityEvent {
}
