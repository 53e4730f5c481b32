package org.fractalgoals.events.note;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Writes a note about a session, an activity instance or a goal of the fractal. */
public record CreateNote(@TargetAggregateIdentifier UUID noteId, UUID fractalId, NoteContext context, UUID contextId,
                         String text, String ownerId, Instant requestedAt) {

    public CreateNote {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
