package org.fractalgoals.events.note;

import org.fractalgoals.events.personaldata.OwnedEvent;

import java.util.UUID;

/** Events of one note. */
public sealed interface NoteEvent extends OwnedEvent permits NoteCreated, NoteEdited, NoteDeleted {

    UUID fractalId();

    UUID noteId();
}
