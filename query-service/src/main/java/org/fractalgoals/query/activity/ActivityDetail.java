package org.fractalgoals.query.activity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One activity: the fields of {@link ActivityView} plus the metrics and splits that edits removed, so that
 * values recorded for them earlier can still be labelled.
 */
@Schema(example = """
        {"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "C major scale", "description": "Two octaves",
        "groupId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "hasSets": true, "hasSplits": false,
        "hasMetrics": true, "multiplicative": false, "metrics": [{"id": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a",
        "name": "Tempo", "unit": "bpm", "topSet": true, "multiplicative": true}], "splits": [],
        "removedMetrics": [{"id": "2e3d4c5b-6a7f-4e8d-9c0b-1a2f3e4d5c6b", "name": "Minutes",
        "unit": "min", "removedAt": "2026-02-01T12:00:00Z"}], "removedSplits": [], "createdAt": "2026-01-05T10:00:00Z",
        "updatedAt": "2026-02-01T12:00:00Z", "instanceCount": 12, "lastUsedAt": "2026-03-01T09:42:00Z",
        "version": 3}""")
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
