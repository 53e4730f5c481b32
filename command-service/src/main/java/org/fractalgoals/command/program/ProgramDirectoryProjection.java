package org.fractalgoals.command.program;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.program.ProgramBlockDeleted;
import org.fractalgoals.events.program.ProgramDayAdded;
import org.fractalgoals.events.program.ProgramDayDeleted;
import org.fractalgoals.events.program.ProgramDeleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Which sessions are linked to which program days (ids and flags only), for the count a program deletion
 * answers and for unscheduling. A subscribing processor keeps it in the transaction that appends the events.
 */
@Component
@ProcessingGroup(ProgramDirectoryProjection.GROUP)
class ProgramDirectoryProjection implements ProgramDayLookup {

    static final String GROUP = "program-directory";
    private final JdbcTemplate jdbc;

    ProgramDirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SessionCreated event) {
        if (event.programDayId() != null) {
            jdbc.update("insert into program_day_session (session_id, program_day_id, fractal_id) values (?, ?, ?) "
                                + "on conflict do nothing", event.sessionId(), event.programDayId(), event.fractalId());
        }
    }

    @EventHandler
    void on(ProgramDayAdded event) {
        jdbc.update("insert into program_day_ref (day_id, fractal_id) values (?, ?) on conflict do nothing",
                    event.dayId(), event.fractalId());
    }

    @Override
    public boolean dayExists(UUID fractalId, UUID dayId) {
        Integer count = jdbc.queryForObject("select count(*) from program_day_ref where day_id = ? and fractal_id = ?",
                                            Integer.class, dayId, fractalId);
        return count != null && count > 0;
    }

    @EventHandler
    void on(SessionDeleted event) {
        jdbc.update("update program_day_session set deleted = true where session_id = ?", event.sessionId());
    }

    @EventHandler
    void on(ProgramDeleted event) {
        unlink(event.dayIds());
    }

    @EventHandler
    void on(ProgramBlockDeleted event) {
        unlink(event.dayIds());
    }

    @EventHandler
    void on(ProgramDayDeleted event) {
        unlink(List.of(event.dayId()));
    }

    @EventHandler
    void on(FractalDeleted event) {
        jdbc.update("delete from program_day_session where fractal_id = ?", event.fractalId());
        jdbc.update("delete from program_day_ref where fractal_id = ?", event.fractalId());
    }

    private void unlink(Collection<UUID> dayIds) {
        if (dayIds.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("delete from program_day_ref where day_id = any (?)");
            statement.setArray(1, connection.createArrayOf("uuid", dayIds.toArray()));
            return statement;
        });
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "delete from program_day_session where program_day_id = any (?)");
            statement.setArray(1, connection.createArrayOf("uuid", dayIds.toArray()));
            return statement;
        });
    }

    /** The sessions, not deleted, linked to any of these days. */
    int linkedSessions(Collection<UUID> dayIds) {
        if (dayIds.isEmpty()) {
            return 0;
        }
        Integer count = jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "select count(*) from program_day_session where program_day_id = any (?) and not deleted");
            statement.setArray(1, connection.createArrayOf("uuid", dayIds.toArray()));
            return statement;
        }, rs -> rs.next() ? rs.getInt(1) : 0);
        return count == null ? 0 : count;
    }

    boolean isLinked(UUID sessionId, UUID dayId) {
        Integer count = jdbc.queryForObject("select count(*) from program_day_session where session_id = ? "
                                                    + "and program_day_id = ? and not deleted", Integer.class, sessionId, dayId);
        return count != null && count > 0;
    }
}
