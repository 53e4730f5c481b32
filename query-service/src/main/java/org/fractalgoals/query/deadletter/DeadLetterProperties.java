package org.fractalgoals.query.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The dead-letter queues of the live projections ({@code fractal.dead-letters.*}).
 *
 * @param enabled         whether live processors dead-letter events they cannot handle; off, a failing event stops
 *                        its processor and is retried until it succeeds, as before
 * @param disabledFor     processing groups that keep that old behaviour although the others dead-letter
 * @param maxSequences    aggregates that may have dead letters in one read model at a time; one more stops the
 *                        processor (Axon refuses to enqueue), which is the signal that something systematic is wrong
 * @param maxSequenceSize events that may wait in one aggregate's sequence (the failed one and those behind it)
 * @param claimDuration   how long a retry holds a sequence before another node may take it over
 * @param carefulFor      how long a processor runs each handler in a savepoint after a handler failed without one
 *                        ({@link CarefulMode})
 */
@ConfigurationProperties("fractal.dead-letters")
public record DeadLetterProperties(@DefaultValue("true") boolean enabled,
                                   @DefaultValue List<String> disabledFor,
                                   @DefaultValue("10000") int maxSequences,
                                   @DefaultValue("1000") int maxSequenceSize,
                                   @DefaultValue("PT30S") Duration claimDuration,
                                   @DefaultValue("PT5M") Duration carefulFor) {

    public DeadLetterProperties {
        disabledFor = disabledFor == null ? List.of() : List.copyOf(disabledFor);
    }

    boolean enabledFor(String processingGroup) {
        return enabled && !disabledFor.contains(processingGroup);
    }
}
