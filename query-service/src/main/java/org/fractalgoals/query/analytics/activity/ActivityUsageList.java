package org.fractalgoals.query.analytics.activity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer of {@code GET analytics/activities}. */
@Schema(example = """
        {"items": [{"activityId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "C major scale",
        "instanceCount": 12, "lastUsedAt": "2026-03-01T09:42:00Z", "metrics": [{"metricId": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a",
        "name": "Tempo", "unit": "bpm"}]}]}""")
record ActivityUsageList(List<Item> items) {

    @Schema(name = "ActivityUsage")
    record Item(UUID activityId, String name, long instanceCount, Instant lastUsedAt, List<MetricView> metrics) {
    }

    record MetricView(UUID metricId, String name, String unit) {
    }
}
