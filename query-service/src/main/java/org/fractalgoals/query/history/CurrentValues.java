package org.fractalgoals.query.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The current values of each goal and target, as {field: value} named as in the history's changes. The history
 * needs them because an event carries only the new value, and an entry shows the value before it too.
 */
@Repository
class CurrentValues {

    private final JdbcTemplate jdbc;

    CurrentValues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The goal's values; empty when the goal is unknown. */
    ObjectNode goal(UUID fractalId, UUID goalId) {
        return one(jdbc.queryForList("select fields::text from goal_history_goal where fractal_id = ? and goal_id = ?",
                                     String.class, fractalId, goalId));
    }

    void putGoal(UUID fractalId, UUID goalId, ObjectNode fields) {
        jdbc.update("insert into goal_history_goal (fractal_id, goal_id, fields) values (?, ?, ?::jsonb) "
                            + "on conflict (fractal_id, goal_id) do update set fields = excluded.fields",
                    fractalId, goalId, HistoryJson.write(fields));
    }

    /** Forgets goals that were deleted, with their targets: no later event can be about them. */
    void forgetGoals(UUID fractalId, Collection<UUID> goalIds) {
        for (String table : List.of("goal_history_goal", "goal_history_target")) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(
                        "delete from " + table + " where fractal_id = ? and goal_id = any (?)");
                statement.setObject(1, fractalId);
                statement.setArray(2, connection.createArrayOf("uuid", goalIds.toArray()));
                return statement;
            });
        }
    }

    /** The target's values; empty when the target is unknown. */
    ObjectNode target(UUID fractalId, UUID targetId) {
        return one(jdbc.queryForList("select fields::text from goal_history_target where fractal_id = ? and target_id = ?",
                                     String.class, fractalId, targetId));
    }

    void putTarget(UUID fractalId, UUID goalId, UUID targetId, ObjectNode fields) {
        jdbc.update("insert into goal_history_target (fractal_id, target_id, goal_id, fields) values (?, ?, ?, ?::jsonb) "
                            + "on conflict (fractal_id, target_id) do update set fields = excluded.fields",
                    fractalId, targetId, goalId, HistoryJson.write(fields));
    }

    void forgetTarget(UUID fractalId, UUID targetId) {
        jdbc.update("delete from goal_history_target where fractal_id = ? and target_id = ?", fractalId, targetId);
    }

    private static ObjectNode one(List<String> rows) {
        return rows.isEmpty() ? HistoryJson.object() : (ObjectNode) HistoryJson.read(rows.getFirst());
    }
}
