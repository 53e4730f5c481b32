package org.fractalgoals.query.replay;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * How far a replay is: events done of the events in the store (global positions, so the total grows while
 * users keep writing), the rate since it started and the time it needs at that rate ({@code null} while no rate
 * is known). {@code failure} says why a replay failed, without any content of the events. {@code segments} is how many
 * threads rebuild it: as many as the live processor has segments, each taking the same share of the events.
 */
@Schema(example = """
        {"name": "sessions", "status": "RUNNING", "processed": 48000, "total": 120000, "eventsPerSecond": 1600.0,
        "etaSeconds": 45, "startedAt": "2026-03-01T10:00:00Z", "finishedAt": null, "failure": null, "segments": 1}""")
public record ReplayProgress(String name,
                             ReplayStatus status,
                             long processed,
                             long total,
                             double eventsPerSecond,
                             Long etaSeconds,
                             Instant startedAt,
                             Instant finishedAt,
                             String failure,
                             int segments) {
}
