package org.fractalgoals.command.activity;

import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;

import java.util.List;
import java.util.UUID;

/** An activity's current definition with its texts, as its last ActivityCreated or ActivityChanged says. */
record ActivityDefinition(UUID activityId, UUID fractalId, String ownerId, String name, String description,
                          UUID groupId, boolean hasSets, boolean hasSplits, boolean hasMetrics, boolean multiplicative,
                          List<MetricDefinition> metrics, List<SplitDefinition> splits) {

    ActivityDefinition {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        splits = splits == null ? List.of() : List.copyOf(splits);
    }

    static ActivityDefinition of(ActivityCreated e) {
        return new ActivityDefinition(e.activityId(), e.fractalId(), e.ownerId(), e.name(), e.description(),
                                      e.groupId(), e.hasSets(), e.hasSplits(), e.hasMetrics(), e.multiplicative(),
                                      e.metrics(), e.splits());
    }

    static ActivityDefinition of(ActivityChanged e) {
        return new ActivityDefinition(e.activityId(), e.fractalId(), e.ownerId(), e.name(), e.description(),
                                      e.groupId(), e.hasSets(), e.hasSplits(), e.hasMetrics(), e.multiplicative(),
                                      e.metrics(), e.splits());
    }

    boolean belongsTo(UUID fractal, String owner) {
        return fractalId.equals(fractal) && ownerId.equals(owner);
    }
}
