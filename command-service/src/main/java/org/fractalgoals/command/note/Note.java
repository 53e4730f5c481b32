package org.fractalgoals.command.note;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fractalgoals.events.note.CreateNote;
import org.fractalgoals.events.note.DeleteNote;
import org.fractalgoals.events.note.EditNote;
import org.fractalgoals.events.note.NoteContext;
import org.fractalgoals.events.note.NoteCreated;
import org.fractalgoals.events.note.NoteDeleted;
import org.fractalgoals.events.note.NoteEdited;
import org.fractalgoals.events.note.NoteEvent;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * One note about a session, an activity instance or a goal. Each note is its own aggregate: notes are written
 * independently of each other and of what they are about. The text is not kept here, only where the note is.
 * A note whose context is gone (a deleted session or goal, a removed instance) cannot be edited any more.
 */
@Aggregate
class Note {

    static final int TEXT_MAX = 10_000;

    @AggregateIdentifier
    private UUID noteId;
    private UUID fractalId;
    private String ownerId;
    private NoteContext context;
    private UUID contextId;
    private long version;

    Note() {
        // for Axon
    }

    @CommandHandler
    Note(CreateNote command, NoteContexts contexts) {
        List<FieldError> errors = new ArrayList<>();
        checkText(command.text(), errors);
        if (command.context() == null) {
            errors.add(new FieldError("context", "Must be session, instance or goal"));
        }
        if (command.contextId() == null) {
            errors.add(new FieldError("contextId", "Is required"));
        }
        NoteContexts.Place place = null;
        if (command.context() != null && command.contextId() != null) {
            place = contexts.find(command.fractalId(), command.context(), command.contextId()).orElse(null);
            if (place == null) {
                errors.add(new FieldError("contextId", "There is no such " + command.context().name().toLowerCase(java.util.Locale.ROOT)
                        + " in this fractal"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        apply(new NoteCreated(command.fractalId(), command.noteId(), command.context(), command.contextId(),
                              place.sessionId(), command.text(), command.ownerId(), command.requestedAt()));
    }

    @CommandHandler
    void handle(EditNote command, NoteContexts contexts) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion(), contexts);
        List<FieldError> errors = new ArrayList<>();
        checkText(command.text(), errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        apply(new NoteEdited(fractalId, noteId, command.text(), ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(DeleteNote command, NoteContexts contexts) {
        requireLive(command.ownerId(), command.fractalId(), command.expectedVersion(), contexts);
        apply(new NoteDeleted(fractalId, noteId, ownerId, command.requestedAt()));
    }

    private static void checkText(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("text", "Must not be blank"));
        } else if (text.length() > TEXT_MAX) {
            errors.add(new FieldError("text", "At most " + TEXT_MAX + " characters"));
        }
    }

    private void requireLive(String caller, UUID fractal, Long expectedVersion, NoteContexts contexts) {
        // Someone else's note, one under another fractal, or one whose context is gone: none exists for the caller.
        if (!ownerId.equals(caller) || !fractalId.equals(fractal)
                || contexts.find(fractalId, context, contextId).isEmpty()) {
            throw new NotFoundException("Note");
        }
        if (expectedVersion != null && expectedVersion != version) {
            throw new ProblemException(ProblemType.STALE_VERSION, "Fetch the note again and retry with its current version");
        }
    }

    @EventSourcingHandler
    void on(NoteEvent event, @SequenceNumber long sequence) {
        version = sequence;
        switch (event) {
            case NoteCreated e -> {
                noteId = e.noteId();
                fractalId = e.fractalId();
                ownerId = e.ownerId();
                context = e.context();
                contextId = e.contextId();
            }
            case NoteEdited e -> {
                // the text is not kept
            }
            case NoteDeleted e -> markDeleted();
        }
    }
}
