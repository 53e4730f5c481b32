package org.fractalgoals.query.analytics.goal;

import java.util.UUID;

/** A live session linked to a goal, with the summed durations of the session's timed instances. */
record SessionLink(UUID sessionId, UUID goalId, long timedSeconds) {
}
