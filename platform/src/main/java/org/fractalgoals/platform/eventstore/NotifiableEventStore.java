package org.fractalgoals.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;

/**
 * Axon's embedded event store, with a way to say "new events were committed elsewhere". Axon wakes its
 * reader only for events committed in this JVM and otherwise polls every fetch delay; events written by
 * the other service arrive through PostgreSQL notifications instead (see {@link EventAppendedListener}).
 */
public class NotifiableEventStore extends EmbeddedEventStore {

    public NotifiableEventStore(Builder builder) {
        super(builder);
    }

    /** Makes the reader fetch now instead of after its fetch delay. */
    public void eventsAppendedElsewhere() {
        afterCommit(List.of());
    }
}
