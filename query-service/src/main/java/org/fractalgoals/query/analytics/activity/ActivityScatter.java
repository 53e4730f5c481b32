package org.fractalgoals.query.analytics.activity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer of {@code GET analytics/activities/{a}/scatter}: one point per instance that has both values. */
@Schema(example = """
        {"activityId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "x": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a",
        "y": "2e3d4c5b-6a7f-4e8d-9c0b-1a2f3e4d5c6b", "sets": "top", "split": null, "points": [{"sessionId": "5e6f7081-92a3-4b45-8d6e-7f8091021324",
        "at": "2026-03-01T09:10:00Z", "x": 120, "y": 9}]}""")
record ActivityScatter(UUID activityId, UUID x, UUID y, String sets, String split, List<Point> points) {

    @Schema(name = "ScatterPoint")
    record Point(UUID sessionId, Instant at, BigDecimal x, BigDecimal y) {
    }
}
