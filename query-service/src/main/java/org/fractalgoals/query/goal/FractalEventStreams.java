package org.fractalgoals.query.goal;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fractal aggregate's own event stream, decrypted, in sequence order, kept in memory for the next request.
 *
 * <p>Reading and decrypting a long stream is what makes a past tree slow (seconds for 100,000 events), while
 * folding it in memory takes milliseconds. A stream only ever grows at its end, so a kept stream is brought up to
 * date by reading just the events after its last one. What is kept is bounded by the total number of events
 * ({@code fractal.time-travel.cached-events}; least recently used streams go first, a longer stream is never kept)
 * and by idleness ({@code fractal.time-travel.idle-timeout}), so the decrypted texts stay in memory only while
 * someone looks at that fractal's past.
 */
@Component
class FractalEventStreams {

    private final EventStore eventStore;
    private final long capacity;
    private final long idleNanos;
    /** In access order, least recently used first. Guarded by {@code this}. */
    private final Map<UUID, KeptStream> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long keptEvents;

    FractalEventStreams(EventStore eventStore,
                        @Value("${fractal.time-travel.cached-events:200000}") long capacity,
                        @Value("${fractal.time-travel.idle-timeout:PT15M}") Duration idleTimeout) {
        this.eventStore = eventStore;
        this.capacity = capacity;
        this.idleNanos = idleTimeout.toNanos();
    }

    /** Every event of the fractal up to now; empty when there is no such aggregate. */
    List<SequencedGoalEvent> read(UUID fractalId) {
        KeptStream stream = streamFor(fractalId);
        List<SequencedGoalEvent> events = stream.catchUp(fractalId);
        remember(fractalId, stream, events.size());
        return events;
    }

    /** Lets go of every kept stream of this owner's fractals at once (an erased owner's decrypted texts). */
    synchronized void forgetOwner(String ownerId) {
        List<UUID> owned = kept.entrySet().stream().filter(entry -> ownerId.equals(entry.getValue().ownerId))
                               .map(Map.Entry::getKey).toList();
        owned.forEach(this::forget);
    }

    /** How many events are kept now, over all fractals. */
    synchronized long keptEvents() {
        return keptEvents;
    }

    private synchronized KeptStream streamFor(UUID fractalId) {
        return kept.computeIfAbsent(fractalId, id -> new KeptStream());
    }

    /** Counts the stream's new length, then lets idle and least recently used streams go while over capacity. */
    private synchronized void remember(UUID fractalId, KeptStream stream, int size) {
        if (kept.get(fractalId) != stream) {
            return; // let go by another request meanwhile; it is not counted any more
        }
        keptEvents += size - stream.counted;
        stream.counted = size;
        stream.lastUsed = System.nanoTime();
        if (size == 0 || size > capacity) {
            forget(fractalId);
        }
        for (Iterator<Map.Entry<UUID, KeptStream>> eldest = kept.entrySet().iterator(); eldest.hasNext(); ) {
            Map.Entry<UUID, KeptStream> entry = eldest.next();
            boolean idle = System.nanoTime() - entry.getValue().lastUsed > idleNanos;
            if (entry.getValue() == stream || !(idle || keptEvents > capacity)) {
                break;
            }
            keptEvents -= entry.getValue().counted;
            eldest.remove();
        }
    }

    private synchronized void forget(UUID fractalId) {
        KeptStream stream = kept.remove(fractalId);
        if (stream != null) {
            keptEvents -= stream.counted;
        }
    }

    /**
     * The events from {@code firstSequence} on. Axon's {@code readEvents(id, firstSequenceNumber)} goes to the
     * storage engine directly, while {@code readEvents(id)} would start from the aggregate's snapshot, which holds
     * no texts.
     */
    private Batch readFrom(UUID fractalId, long firstSequence) {
        List<SequencedGoalEvent> events = new ArrayList<>();
        long next = firstSequence;
        DomainEventStream stream = eventStore.readEvents(fractalId.toString(), firstSequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            next = message.getSequenceNumber() + 1;
            if (message.getPayload() instanceof GoalEvent event) {
                events.add(new SequencedGoalEvent(message.getSequenceNumber(), event));
            }
        }
        return new Batch(events, next);
    }

    private record Batch(List<SequencedGoalEvent> events, long nextSequence) {
    }

    /** One fractal's events read so far; one request at a time brings it up to date, the others wait for that. */
    private final class KeptStream {

        private final ReentrantLock lock = new ReentrantLock();
        private List<SequencedGoalEvent> events = List.of();
        private long nextSequence;
        /** From the stream's first event once read; a stream's owner never changes. */
        private volatile String ownerId;
        /** Guarded by the enclosing instance. */
        private int counted;
        /** Guarded by the enclosing instance. */
        private long lastUsed = System.nanoTime();

        List<SequencedGoalEvent> catchUp(UUID fractalId) {
            lock.lock();
            try {
                Batch newer = readFrom(fractalId, nextSequence);
                nextSequence = newer.nextSequence();
                if (!newer.events().isEmpty()) {
                    // A new list rather than appending: requests still folding the previous one keep it unchanged.
                    List<SequencedGoalEvent> all = new ArrayList<>(events.size() + newer.events().size());
                    all.addAll(events);
                    all.addAll(newer.events());
                    events = Collections.unmodifiableList(all);
                    if (ownerId == null && events.getFirst().event() instanceof FractalCreated created) {
                        ownerId = created.ownerId();
                    }
                }
                return events;
            } finally {
                lock.unlock();
            }
        }
    }
}
