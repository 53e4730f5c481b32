package org.fractalgoals.query.note;

import org.fractalgoals.platform.web.ListCursor;
import org.fractalgoals.events.note.NoteContext;
import org.fractalgoals.events.note.NoteCreated;
import org.fractalgoals.query.erasure.ErasedOwner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The tables of the notes read model. */
@Repository
class NoteRepository {

    private final JdbcTemplate jdbc;

    NoteRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the note unless it exists, or it or what it is about is gone already. */
    void insert(NoteCreated event, long sequence) {
        jdbc.update("insert into note (id, fractal_id, owner_id, context, context_id, session_id, text, created_at, "
                            + "updated_at, version) select ?, ?, ?, ?, ?, ?, ?, ?, ?, ? where not exists "
                            + "(select 1 from note_hidden where id in (?, ?, ?, ?)) on conflict do nothing",
                    event.noteId(), event.fractalId(), event.ownerId(), event.context().name(), event.contextId(),
                    event.sessionId(), event.text(), Timestamp.from(event.occurredAt()),
                    Timestamp.from(event.occurredAt()), sequence, event.noteId(), event.fractalId(), event.contextId(),
                    event.sessionId() == null ? event.contextId() : event.sessionId());
    }

    void edit(UUID noteId, String text, Instant at, long sequence) {
        jdbc.update("update note set text = ?, updated_at = ?, version = ? where id = ? and version < ?", text,
                    Timestamp.from(at), sequence, noteId, sequence);
    }

    /**
     * Hides the notes of these ids of the fractal for good: notes, sessions, instances, goals or fractals that are
     * gone.
     */
    void hide(UUID fractalId, Collection<UUID> ids) {
        for (UUID id : ids) {
            jdbc.update("insert into note_hidden (id, fractal_id) values (?, ?) on conflict do nothing", id, fractalId);
            jdbc.update("delete from note where id = ? or context_id = ? or session_id = ? or fractal_id = ?", id, id, id,
                        id);
        }
    }

    void erase(ErasedOwner owner) {
        jdbc.update("delete from note where owner_id = ? or fractal_id = any (?)", owner.ownerId(), owner.fractalIds());
        jdbc.update("delete from note_hidden where fractal_id = any (?)", (Object) owner.fractalIds());
    }

    NotePage notes(String ownerId, UUID fractalId, NoteContext context, UUID contextId, int limit, String cursor) {
        List<Object> parameters = new ArrayList<>(List.of(fractalId, ownerId));
        StringBuilder sql = new StringBuilder("select id, context, context_id, session_id, text, created_at, updated_at, "
                                                      + "version from note where fractal_id = ? and owner_id = ?");
        if (context != null) {
            sql.append(" and context = ?");
            parameters.add(context.name());
        }
        if (contextId != null) {
            sql.append(" and context_id = ?");
            parameters.add(contextId);
        }
        if (cursor != null) {
            ListCursor after = ListCursor.decode(cursor);
            sql.append(" and (created_at, id) < (?, ?)");
            parameters.add(Timestamp.from(after.at()));
            parameters.add(after.id());
        }
        sql.append(" order by created_at desc, id desc limit ?");
        parameters.add(limit + 1);
        List<NoteView> rows = jdbc.query(sql.toString(), NoteRepository::note, parameters.toArray());
        if (rows.size() <= limit) {
            return new NotePage(rows, null);
        }
        List<NoteView> page = List.copyOf(rows.subList(0, limit));
        return new NotePage(page, new ListCursor(page.getLast().createdAt(), page.getLast().id()).encode());
    }

    private static NoteView note(ResultSet rs, int n) throws SQLException {
        return new NoteView(rs.getObject("id", UUID.class), rs.getString("context").toLowerCase(Locale.ROOT),
                            rs.getObject("context_id", UUID.class), rs.getObject("session_id", UUID.class),
                            rs.getString("text"), rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }
}
