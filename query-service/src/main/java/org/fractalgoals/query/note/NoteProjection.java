package org.fractalgoals.query.note;

import org.axonframework.config.ProcessingGroup;
import org.fractalgoals.query.replay.ReadModelTables;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.note.FindNotes;
import org.fractalgoals.events.note.NoteCreated;
import org.fractalgoals.events.note.NoteDeleted;
import org.fractalgoals.events.note.NoteEdited;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.query.erasure.OwnerFractals;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The notes read model. A note disappears with what it is about: a deleted session (with its instances' notes),
 * a removed instance, a deleted goal or fractal. Those ids are remembered, so that a note event applied later
 * does not show the note again; a note's edits are skipped at or below its version.
 */
@Component
@ReadModelTables({"note", "note_hidden"})
@ProcessingGroup(NoteProjection.GROUP)
class NoteProjection {

    static final String GROUP = "notes";
    private final NoteRepository notes;
    private final OwnerFractals owners;

    NoteProjection(NoteRepository notes, OwnerFractals owners) {
        this.notes = notes;
        this.owners = owners;
    }

    @EventHandler
    void on(NoteCreated event, @SequenceNumber long sequence) {
        notes.insert(event, sequence);
    }

    @EventHandler
    void on(NoteEdited event, @SequenceNumber long sequence) {
        notes.edit(event.noteId(), event.text(), event.occurredAt(), sequence);
    }

    @EventHandler
    void on(NoteDeleted event) {
        notes.hide(event.fractalId(), List.of(event.noteId()));
    }

    @EventHandler
    void on(SessionDeleted event) {
        notes.hide(event.fractalId(), List.of(event.sessionId()));
    }

    @EventHandler
    void on(ActivityInstanceRemoved event) {
        notes.hide(event.fractalId(), List.of(event.instanceId()));
    }

    @EventHandler
    void on(GoalDeleted event) {
        notes.hide(event.fractalId(), event.removedGoalIds());
    }

    @EventHandler
    void on(FractalDeleted event) {
        notes.hide(event.fractalId(), List.of(event.fractalId()));
    }

    @EventHandler
    void on(AccountErased event) {
        notes.erase(owners.erasing(event.ownerId()));
    }

    @QueryHandler
    NotePage handle(FindNotes query) {
        return notes.notes(query.ownerId(), query.fractalId(), query.context(), query.contextId(), query.limit(),
                           query.cursor());
    }
}
