package org.fractalgoals.events.note;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A note was written about a session, an activity instance or a goal ({@code context}, {@code contextId}).
 * {@code sessionId} is the session of a session or instance note (null for a goal note), so that the note goes
 * with its session.
 */
@Revision("1")
public record NoteCreated(UUID fractalId, UUID noteId, NoteContext context, UUID contextId, UUID sessionId,
                          @PersonalData String text,
                          String ownerId,
                          Instant occurredAt) implements NoteEvent {

    public NoteCreated {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(contextId, "contextId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
