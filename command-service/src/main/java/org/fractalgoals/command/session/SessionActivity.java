package org.fractalgoals.command.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the {@link Session} aggregate knows of one activity instance: its activity, its timer and its single
 * values (needed whole when some of them change, to evaluate targets). No texts.
 */
record SessionActivity(UUID activityId, Instant startedAt, Instant stoppedAt, Map<ValueKey, BigDecimal> values) {

    /** A single value is kept per metric and split. */
    record ValueKey(UUID metricId, UUID splitId) {
    }

    boolean running() {
        return startedAt != null && stoppedAt == null;
    }

    SessionActivity withTimes(Instant start, Instant stop) {
        return new SessionActivity(activityId, start, stop, values);
    }
}
