package org.fractalgoals.query.consistency;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until read models include the events of a consistency token. A read model has them once every
 * segment of its processor has passed each position and holds none of them as a gap. Segments this
 * instance processes are read from memory (current to the last committed batch); segments owned by another
 * instance are read from the token table.
 */
@Component
public class ConsistencyGate {

    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();

    private final EventProcessingConfiguration processing;
    private final StoredTokens storedTokens;
    private final Duration timeout;

    ConsistencyGate(EventProcessingConfiguration processing, StoredTokens storedTokens,
                    @Value("${fractal.consistency.timeout:PT5S}") Duration timeout) {
        this.processing = processing;
        this.storedTokens = storedTokens;
        this.timeout = timeout;
    }

    /** @return whether the read models caught up within the configured timeout */
    public boolean await(ConsistencyToken token, Collection<String> groups) {
        if (token.isEmpty()) {
            return true;
        }
        List<StreamingEventProcessor> processors = processorsFor(groups);
        Map<String, Set<Integer>> segments = new HashMap<>();
        processors.forEach(processor -> segments.put(processor.getName(), storedTokens.segments(processor.getName())));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (processors.stream().allMatch(processor -> hasProcessed(processor, segments.get(processor.getName()), token))) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private List<StreamingEventProcessor> processorsFor(Collection<String> groups) {
        if (groups.isEmpty()) {
            return processing.eventProcessors().values().stream()
                             .filter(StreamingEventProcessor.class::isInstance)
                             .map(StreamingEventProcessor.class::cast)
                             .toList();
        }
        return groups.stream()
                     .map(group -> processing.eventProcessorByProcessingGroup(group, StreamingEventProcessor.class)
                                             .orElseThrow(() -> new IllegalStateException("No streaming processor for " + group)))
                     .toList();
    }

    private boolean hasProcessed(StreamingEventProcessor processor, Set<Integer> segments, ConsistencyToken token) {
        Map<Integer, TrackingToken> positions = new HashMap<>();
        processor.processingStatus().forEach((segment, status) -> positions.put(segment, status.getTrackingToken()));
        if (positions.isEmpty() || !positions.keySet().containsAll(segments)) {
            storedTokens.bySegment(processor.getName()).forEach(positions::putIfAbsent);
        }
        return !positions.isEmpty() && positions.values().stream().allMatch(position -> covers(position, token));
    }

    static boolean covers(TrackingToken position, ConsistencyToken token) {
        return token.coveredBy(position);
    }
}
