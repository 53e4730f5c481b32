package org.fractalgoals.command.note;

import org.fractalgoals.command.session.SessionDirectory;
import org.fractalgoals.events.note.NoteContext;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Finds note contexts in the session feature's directory of sessions, instances and goals. */
@Component
class NoteContextLookup implements NoteContexts {

    private final SessionDirectory directory;

    NoteContextLookup(SessionDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Place> find(UUID fractalId, NoteContext context, UUID contextId) {
        if (context == null || contextId == null) {
            return Optional.empty();
        }
        return switch (context) {
            case SESSION -> directory.sessionExists(fractalId, contextId)
                    ? Optional.of(new Place(contextId)) : Optional.empty();
            case INSTANCE -> directory.sessionOfInstance(fractalId, contextId).map(Place::new);
            case GOAL -> directory.goalExists(fractalId, contextId) ? Optional.of(new Place(null)) : Optional.empty();
        };
    }
}
