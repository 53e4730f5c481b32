package org.fractalgoals.query.analytics.activity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer of {@code GET analytics/activities/{a}/scatter}: one point per instance that has both values. */
record ActivityScatter(UUID activityId, UUID x, UUID y, String sets, String split, List<Point> points) {

    @Schema(name = "ScatterPoint")
    record Point(UUID sessionId, Instant at, BigDecimal x, BigDecimal y) {
    }
}
