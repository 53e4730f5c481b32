package org.fractalgoals.events.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.fractalgoals.events.goal.FieldChange;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.List;

/**
 * Changes an activity's definition. Each null field (a null name, flag, change or list) leaves that part as it
 * is; a change holding null clears the description or ungroups the activity. A list replaces the metrics or
 * splits: metrics are matched to the existing ones by id, else by name and unit, splits by id; the rest are
 * new, and existing ones left out are removed. {@code expectedVersion} is the client's If-Match (null: any).
 */
public record ChangeActivity(@TargetAggregateIdentifier UUID activityId, UUID fractalId, String name,
                             FieldChange<String> description, FieldChange<UUID> groupId, Boolean hasSets,
                             Boolean hasSplits, Boolean hasMetrics, Boolean multiplicative, List<MetricSpec> metrics,
                             List<SplitSpec> splits, String ownerId, Instant requestedAt,
                             @TargetAggregateVersion Long expectedVersion) {

    public ChangeActivity {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        metrics = metrics == null ? null : CreateActivity.copy(metrics);
        splits = splits == null ? null : CreateActivity.copy(splits);
    }
}
