package org.fractalgoals.query.analytics.activity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer of {@code GET analytics/activities/{a}/series}: one point per instance that has the plotted value. */
record ActivitySeries(UUID activityId, String metric, String sets, String split, List<Point> points) {

    @Schema(name = "SeriesPoint")
    record Point(UUID sessionId, Instant at, BigDecimal value) {
    }
}
