package org.fractalgoals.events.note;

import java.util.Objects;
import java.util.UUID;

/**
 * A page of the notes of the caller's fractal, newest first: all of them, those of one kind of context, or
 * those of one context ({@code contextId}); {@code cursor} null for the first page.
 */
public record FindNotes(String ownerId, UUID fractalId, NoteContext context, UUID contextId, int limit, String cursor) {

    public FindNotes {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
