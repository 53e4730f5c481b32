package org.fractalgoals.command.note;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fractalgoals.events.note.NoteCreated;
import org.fractalgoals.events.note.NoteDeleted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Which notes exist, so that a missing one answers 404 before its body is read. Subscribing, like every lookup here. */
@Component
@ProcessingGroup(NoteDirectoryProjection.GROUP)
class NoteDirectoryProjection {

    static final String GROUP = "note-directory";
    private final JdbcTemplate jdbc;

    NoteDirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NoteCreated event) {
        jdbc.update("insert into note_ref (id, fractal_id) values (?, ?) on conflict do nothing", event.noteId(),
                    event.fractalId());
    }

    @EventHandler
    void on(NoteDeleted event) {
        jdbc.update("update note_ref set deleted = true where id = ?", event.noteId());
    }

    boolean exists(UUID fractalId, UUID noteId) {
        Integer count = jdbc.queryForObject("select count(*) from note_ref where id = ? and fractal_id = ? and not deleted",
                                            Integer.class, noteId, fractalId);
        return count != null && count > 0;
    }
}
