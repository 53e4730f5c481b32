package org.fractalgoals.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param fetchDelayMillis  how long the event reader waits before polling again when no notification came;
 *                          notifications normally wake it within milliseconds, so this only bounds the delay
 *                          while the notification connection is down
 * @param gapTimeoutMillis  how long a gap in the global index (a transaction still in flight, or rolled back)
 *                          is waited for before trackers give up on it
 */
@ConfigurationProperties("fractal.event-store")
public record EventStoreProperties(@DefaultValue("500") long fetchDelayMillis,
                                   @DefaultValue("60000") int gapTimeoutMillis) {
}
