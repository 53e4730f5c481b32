package org.fractalgoals.command.note;

import org.fractalgoals.events.note.NoteContext;

import java.util.Optional;
import java.util.UUID;

/** Where a note can be written: sessions, activity instances and goals that exist in the fractal. */
interface NoteContexts {

    /** The context, if it exists in the fractal (and its session is not deleted). */
    Optional<Place> find(UUID fractalId, NoteContext context, UUID contextId);

    /** An existing context; {@code sessionId} is the session a session or instance note goes with (null for a goal). */
    record Place(UUID sessionId) {
    }
}
