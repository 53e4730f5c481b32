package org.fractalgoals.command.session;

import com.fasterxml.jackson.annotation.JsonKey;

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

        private static final String SEPARATOR = "/";

        /** A map key in JSON must be a text: {@code metric} or {@code metric/split} in a snapshot. */
        @JsonKey
        String text() {
            return splitId == null ? metricId.toString() : metricId + SEPARATOR + splitId;
        }

        /** Reads {@link #text()}; Jackson takes a static {@code fromString} for map keys. */
        static ValueKey fromString(String text) {
            int separator = text.indexOf(SEPARATOR);
            return separator < 0
                    ? new ValueKey(UUID.fromString(text), null)
                    : new ValueKey(UUID.fromString(text.substring(0, separator)),
                                   UUID.fromString(text.substring(separator + 1)));
        }
    }

    boolean running() {
        return startedAt != null && stoppedAt == null;
    }

    SessionActivity withTimes(Instant start, Instant stop) {
        return new SessionActivity(activityId, start, stop, values);
    }
}
