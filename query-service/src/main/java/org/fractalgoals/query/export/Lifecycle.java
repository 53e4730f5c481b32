package org.fractalgoals.query.export;

import org.fractalgoals.events.personaldata.OwnedEvent;

import java.time.Instant;

/** When an aggregate began and last changed (business times) and its version, from its events in sequence order. */
final class Lifecycle {

    private Instant createdAt;
    private Instant updatedAt;
    private long version = -1;

    void apply(OwnedEvent event, long sequence) {
        if (createdAt == null) {
            createdAt = event.occurredAt();
        }
        updatedAt = event.occurredAt();
        version = sequence;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
