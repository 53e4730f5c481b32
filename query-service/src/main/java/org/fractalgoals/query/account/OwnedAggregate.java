package org.fractalgoals.query.account;

import java.time.Instant;
import java.util.UUID;

/**
 * One aggregate of an owner as the owner index knows it: its id and type as the event store keeps them, its fractal
 * (null for the account itself), the sequence numbers of its first and last events indexed, and the business time
 * of its first event.
 */
public record OwnedAggregate(String id, String type, UUID fractalId, long firstSequence, long lastSequence,
                             Instant createdAt) {

    /** A fractal's own aggregate shares the fractal's id; every other aggregate of the fractal has an id of its own. */
    public boolean isFractal() {
        return fractalId != null && fractalId.toString().equals(id);
    }
}
