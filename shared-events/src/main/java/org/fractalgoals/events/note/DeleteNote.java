package org.fractalgoals.events.note;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Deletes a note. {@code expectedVersion} carries the client's If-Match (null: any version). */
public record DeleteNote(@TargetAggregateIdentifier UUID noteId, UUID fractalId, Long expectedVersion, String ownerId,
                         Instant requestedAt) {

    public DeleteNote {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
