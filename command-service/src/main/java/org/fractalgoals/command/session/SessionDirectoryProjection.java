package org.fractalgoals.command.session;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.Optional;
import java.util.UUID;

/**
 * The command side's directory of goals, sessions and activity instances (ids and flags, no texts). A
 * subscribing processor updates it in the transaction that appends the events, so a goal created in the same
 * request as a session is found by the session's checks.
 */
@Component
@ProcessingGroup(SessionDirectoryProjection.GROUP)
class SessionDirectoryProjection implements SessionDirectory {

    static final String GROUP = "session-directory";
    private final JdbcTemplate jdbc;

    SessionDirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(GoalCreated event) {
        jdbc.update("insert into goal_ref (id, fractal_id, level) values (?, ?, ?) on conflict do nothing",
                    event.goalId(), event.fractalId(), event.level().name());
    }

    @EventHandler
    void on(GoalCompleted event) {
        jdbc.update("update goal_ref set completed = true where id = ?", event.goalId());
    }

    @EventHandler
    void on(GoalUncompleted event) {
        jdbc.update("update goal_ref set completed = false where id = ?", event.goalId());
    }

    @EventHandler
    void on(GoalDeleted event) {
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "update goal_ref set deleted = true where fractal_id = ? and id = any (?)");
            statement.setObject(1, event.fractalId());
            statement.setArray(2, connection.createArrayOf("uuid", event.removedGoalIds().toArray()));
            return statement;
        });
    }

    @EventHandler
    void on(FractalDeleted event) {
        jdbc.update("update goal_ref set deleted = true where fractal_id = ?", event.fractalId());
        jdbc.update("update session_ref set deleted = true where fractal_id = ?", event.fractalId());
    }

    @EventHandler
    void on(SessionCreated event) {
        jdbc.update("insert into session_ref (id, fractal_id) values (?, ?) on conflict do nothing", event.sessionId(),
                    event.fractalId());
        for (SessionSection section : event.sections()) {
            for (SessionInstance instance : section.instances()) {
                insertInstance(event.fractalId(), event.sessionId(), instance.instanceId());
            }
        }
    }

    @EventHandler
    void on(ActivityInstanceAdded event) {
        insertInstance(event.fractalId(), event.sessionId(), event.instanceId());
    }

    @EventHandler
    void on(ActivityInstanceRemoved event) {
        jdbc.update("update instance_ref set removed = true where id = ?", event.instanceId());
    }

    @EventHandler
    void on(SessionDeleted event) {
        jdbc.update("update session_ref set deleted = true where id = ?", event.sessionId());
    }

    private void insertInstance(UUID fractalId, UUID sessionId, UUID instanceId) {
        jdbc.update("insert into instance_ref (id, session_id, fractal_id) values (?, ?, ?) on conflict do nothing",
                    instanceId, sessionId, fractalId);
    }

    @Override
    public boolean sessionExists(UUID fractalId, UUID sessionId) {
        return exists("select count(*) from session_ref where id = ? and fractal_id = ? and not deleted", sessionId,
                      fractalId);
    }

    @Override
    public Optional<UUID> sessionOfInstance(UUID fractalId, UUID instanceId) {
        return jdbc.queryForList("select i.session_id from instance_ref i join session_ref s on s.id = i.session_id "
                                         + "where i.id = ? and i.fractal_id = ? and not i.removed and not s.deleted",
                                 UUID.class, instanceId, fractalId)
                   .stream().findFirst();
    }

    @Override
    public boolean goalExists(UUID fractalId, UUID goalId) {
        return exists("select count(*) from goal_ref where id = ? and fractal_id = ? and not deleted", goalId, fractalId);
    }

    private boolean exists(String sql, Object... arguments) {
        Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
        return count != null && count > 0;
    }
}
