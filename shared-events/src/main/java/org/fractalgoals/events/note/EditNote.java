package org.fractalgoals.events.note;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Replaces a note's text. {@code expectedVersion} carries the client's If-Match (null: any version). */
public record EditNote(@TargetAggregateIdentifier UUID noteId, UUID fractalId, String text, Long expectedVersion,
                       String ownerId, Instant requestedAt) {

    public EditNote {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
