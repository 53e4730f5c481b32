package org.fractalgoals.query.analytics.activity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer of {@code GET analytics/activities/{a}/series}: one point per instance that has the plotted value. */
@Schema(example = """
        {"activityId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "metric": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a",
        "sets": "top", "split": null, "points": [{"sessionId": "5f607182-93a4-4c56-9e7f-809102132435",
        "at": "2026-02-27T09:10:00Z", "value": 112}, {"sessionId": "5e6f7081-92a3-4b45-8d6e-7f8091021324",
        "at": "2026-03-01T09:10:00Z", "value": 120}]}""")
record ActivitySeries(UUID activityId, String metric, String sets, String split, List<Point> points) {

    @Schema(name = "SeriesPoint")
    record Point(UUID sessionId, Instant at, BigDecimal value) {
    }
}
