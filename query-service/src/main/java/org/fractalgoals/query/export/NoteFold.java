package org.fractalgoals.query.export;

import org.fractalgoals.events.note.NoteContext;
import org.fractalgoals.events.note.NoteCreated;
import org.fractalgoals.events.note.NoteDeleted;
import org.fractalgoals.events.note.NoteEdited;
import org.fractalgoals.events.note.NoteEvent;
import org.fractalgoals.events.personaldata.OwnedEvent;

import java.util.UUID;

/** A note: what it is about, and its text as written or last edited. */
final class NoteFold implements StateFold {

    private State state;
    private boolean deleted;

    @Override
    public void apply(OwnedEvent event) {
        if (!(event instanceof NoteEvent noteEvent)) {
            return;
        }
        switch (noteEvent) {
            case NoteCreated e -> state = new State(e.context(), e.contextId(), e.sessionId(), e.text());
            case NoteEdited e -> {
                if (state != null) {
                    state = new State(state.context(), state.contextId(), state.sessionId(), e.text());
                }
            }
            case NoteDeleted e -> deleted = true;
        }
    }

    @Override
    public boolean deleted() {
        return deleted;
    }

    @Override
    public Object state() {
        return state;
    }

    record State(NoteContext context, UUID contextId, UUID sessionId, String text) {
    }
}
