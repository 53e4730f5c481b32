package org.fractalgoals.events.activity;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;
import java.util.List;
import java.time.Instant;
import java.util.UUID;

/** An activity's definition was replaced. Metrics and splits keep their ids when matched; removed ones are listed, and values recorded for them stay readable in history. */
@Revision("1")
public record ActivityChanged(UUID fractalId, UUID activityId, @PersonalData String name, @PersonalData String description, UUID groupId, boolean hasSets, boolean hasSplits, boolean hasMetrics, boolean multiplicative, List<MetricDefinition> metrics, List<SplitDefinition> splits, List<UUID> removedMetricIds, List<UUID> removedSplitIds,
                 String ownerId,
                 Instant occurredAt) implements ActivityEvent {
}
