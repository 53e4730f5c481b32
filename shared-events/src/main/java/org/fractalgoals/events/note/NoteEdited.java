package org.fractalgoals.events.note;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;

import java.time.Instant;
import java.util.UUID;

/** A note's text was replaced. */
@Revision("1")
public record NoteEdited(UUID fractalId, UUID noteId, @PersonalData String text,
                         String ownerId,
                         Instant occurredAt) implements NoteEvent {
}
