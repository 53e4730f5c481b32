package org.fractalgoals.query.goal;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.events.goal.GoalEvent;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads a fractal aggregate's own event stream from the event store, decrypted, in sequence order. */
@Component
class FractalEventStreams {

    private final EventStore eventStore;

    FractalEventStreams(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Every event of the fractal; empty when there is no such aggregate. */
    List<SequencedGoalEvent> read(UUID fractalId) {
        return readFrom(fractalId, 0);
    }

    /**
     * From a sequence number on. Axon's {@code readEvents(id, firstSequenceNumber)} goes to the storage engine
     * directly, while {@code readEvents(id)} would start from the aggregate's snapshot, which holds no texts.
     */
    private List<SequencedGoalEvent> readFrom(UUID fractalId, long firstSequence) {
        List<SequencedGoalEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(fractalId.toString(), firstSequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof GoalEvent event) {
                events.add(new SequencedGoalEvent(message.getSequenceNumber(), event));
            }
        }
        return events;
    }
}
