package org.fractalgoals.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param fetchDelayMillis  how long the event reader waits before polling again when no notification came;
 *                          notifications normally wake it within milliseconds, so this only bounds the delay
 *                          while the notification connection is down
 * @param gapTimeoutMillis  how long a gap in the global index (a transaction still in flight, or rolled back)
 *                          is waited for before trackers give up on it
 * @param cachedEvents      how many of the newest events the shared event reader keeps for the processors that
 *                          follow the head; a processor further behind reads on its own until it catches up.
 *                          Axon's 10,000 kept about 20 MB of event bytes alive in the query-service, which every
 *                          collection had to carry; 2,000 still cover about 3 s of lag at the benchmark's busiest
 *                          step (docs/performance.md)
 */
@ConfigurationProperties("fractal.event-store")
public record EventStoreProperties(@DefaultValue("500") long fetchDelayMillis,
                                   @DefaultValue("60000") int gapTimeoutMillis,
                                   @DefaultValue("2000") int cachedEvents) {
}
