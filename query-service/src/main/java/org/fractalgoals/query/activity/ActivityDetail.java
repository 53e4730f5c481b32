package org.fractalgoals.query.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One activity: the fields of {@link ActivityView} plus the metrics and splits that edits removed, so that
 * values recorded for them earlier can still be labelled.
 */
record ActivityDetail(UUID id, String name, String description, UUID groupId, boolean hasSets, boolean hasSplits,
                      boolean hasMetrics, boolean multiplicative, List<ActivityView.Metric> metrics,
                      List<ActivityView.Split> splits, Instant createdAt, Instant updatedAt, int instanceCount,
                      Instant lastUsedAt, long version, List<RemovedMetric> removedMetrics,
                      List<RemovedSplit> removedSplits) {

    record RemovedMetric(UUID id, String name, String unit, Instant removedAt) {
    }

    record RemovedSplit(UUID id, String name, Instant removedAt) {
    }

    static ActivityDetail of(ActivityView view, List<RemovedMetric> removedMetrics, List<RemovedSplit> removedSplits) {
        return new ActivityDetail(view.id(), view.name(), view.description(), view.groupId(), view.hasSets(),
                                  view.hasSplits(), view.hasMetrics(), view.multiplicative(), view.metrics(),
                                  view.splits(), view.createdAt(), view.updatedAt(), view.instanceCount(),
                                  view.lastUsedAt(), view.version(), removedMetrics, removedSplits);
    }
}
