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
 *                          follow the head; a processor further behind reads on its own until it catches up. Axon's
 *                          10,000 keep about 20 MB of event bytes alive in the query-service; 2,000 failed the GDPR
 *                          system test (a burst of 10,000 events, then an export waiting for the owner index timed
 *                          out), so the default stays at 10,000 (docs/performance.md)
 * @param fetchSize         how many events one read of the event table returns at most (Axon's default is 100); a
 *                          processor far behind, a replay above all, makes one round trip per this many events
 */
@ConfigurationProperties("fractal.event-store")
public record EventStoreProperties(@DefaultValue("500") long fetchDelayMillis,
                                   @DefaultValue("60000") int gapTimeoutMillis,
                                   @DefaultValue("10000") int cachedEvents,
                                   @DefaultValue("1000") int fetchSize) {
}
