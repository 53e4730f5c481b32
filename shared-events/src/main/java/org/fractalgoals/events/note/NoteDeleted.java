package org.fractalgoals.events.note;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A note was deleted. */
@Revision("1")
public record NoteDeleted(UUID fractalId, UUID noteId,
                          String ownerId,
                          Instant occurredAt) implements NoteEvent {
}
