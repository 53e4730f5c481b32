package org.fractalgoals.query.replay;

import java.time.Instant;

/**
 * How far a replay is: events done of the events in the store (global positions, so the total grows while
 * users keep writing), the rate since it started and the time it needs at that rate ({@code null} while no rate
 * is known). {@code failure} says why a replay failed, without any content of the events.
 */
public record ReplayProgress(String name,
                             ReplayStatus status,
                             long processed,
                             long total,
                             double eventsPerSecond,
                             Long etaSeconds,
                             Instant startedAt,
                             Instant finishedAt,
                             String failure) {
}
