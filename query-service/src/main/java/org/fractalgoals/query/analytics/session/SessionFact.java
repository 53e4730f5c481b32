package org.fractalgoals.query.analytics.session;

import java.time.Instant;
import java.util.Objects;

/**
 * What the session analytics know of one live session.
 *
 * @param at              the session time: its start, or its creation while it is not started
 * @param durationSeconds the duration of a completed session, null for an open one
 */
record SessionFact(Instant at, boolean completed, Long durationSeconds) {

    SessionFact {
        Objects.requireNonNull(at, "at");
    }

    static SessionFact open(Instant at) {
        return new SessionFact(at, false, null);
    }

    static SessionFact completed(Instant at, long durationSeconds) {
        return new SessionFact(at, true, durationSeconds);
    }

    long completedSeconds() {
        return completed && durationSeconds != null ? durationSeconds : 0;
    }
}
