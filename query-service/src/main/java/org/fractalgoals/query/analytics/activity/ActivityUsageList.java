package org.fractalgoals.query.analytics.activity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer of {@code GET analytics/activities}. */
record ActivityUsageList(List<Item> items) {

    @Schema(name = "ActivityUsage")
    record Item(UUID activityId, String name, long instanceCount, Instant lastUsedAt, List<MetricView> metrics) {
    }

    record MetricView(UUID metricId, String name, String unit) {
    }
}
