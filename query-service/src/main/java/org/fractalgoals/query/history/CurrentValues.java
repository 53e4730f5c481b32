package org.fractalgoals.query.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fractalgoals.query.replay.DeferredWrites;
import org.fractalgoals.query.replay.MultiRowInsert;
import org.fractalgoals.query.replay.ReplayBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current values of each goal and target, as {field: value} named as in the history's changes. The history
 * needs them because an event carries only the new value, and an entry shows the value before it too.
 *
 * <p>Live, every read and write is a statement. In a replay batch the values are kept in memory: each goal or
 * target is read at most once per batch, and only its last values are written, once, before the batch commits,
 * after the history rows the batch deferred ({@link DeferredWrites}, shared with {@link GoalHistoryRepository}).
 */
@Repository
class CurrentValues {

    private static final String GOALS = "goal_history_goal";
    private static final String TARGETS = "goal_history_target";
    private static final String PUT_GOAL = "insert into goal_history_goal (fractal_id, goal_id, fields) values (?, ?, ?::jsonb) "
            + "on conflict (fractal_id, goal_id) do update set fields = excluded.fields";
    private static final String PUT_TARGET = "insert into goal_history_target (fractal_id, target_id, goal_id, fields) "
            + "values (?, ?, ?, ?::jsonb) on conflict (fractal_id, target_id) do update set fields = excluded.fields";

    private static final MultiRowInsert PUT_GOALS = MultiRowInsert.ofDistinctRows(PUT_GOAL).orElseThrow();
    private static final MultiRowInsert PUT_TARGETS = MultiRowInsert.ofDistinctRows(PUT_TARGET).orElseThrow();

    private final JdbcTemplate jdbc;
    private final DeferredWrites writes;

    CurrentValues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new DeferredWrites(jdbc);
    }

    /** The writes of the goal-history read model, which replay batches defer. */
    DeferredWrites writes() {
        return writes;
    }

    /** The goal's values; empty when the goal is unknown. */
    ObjectNode goal(UUID fractalId, UUID goalId) {
        return read(GOALS, "goal_id", fractalId, goalId);
    }

    void putGoal(UUID fractalId, UUID goalId, ObjectNode fields) {
        Kept kept = kept();
        if (kept == null) {
            jdbc.update(PUT_GOAL, fractalId, goalId, HistoryJson.write(fields));
        } else {
            kept.put(GOALS, fractalId, goalId, null, fields);
        }
    }

    /** Forgets goals that were deleted, with their targets: no later event can be about them. */
    void forgetGoals(UUID fractalId, Collection<UUID> goalIds) {
        Kept kept = kept();
        if (kept != null) {
            // Written first, then read again from the database when asked: the deletes below are the last word.
            kept.flush();
            kept.known.keySet().removeIf(key -> key.fractalId().equals(fractalId));
        }
        for (String table : List.of(GOALS, TARGETS)) {
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
        return read(TARGETS, "target_id", fractalId, targetId);
    }

    void putTarget(UUID fractalId, UUID goalId, UUID targetId, ObjectNode fields) {
        Kept kept = kept();
        if (kept == null) {
            jdbc.update(PUT_TARGET, fractalId, targetId, goalId, HistoryJson.write(fields));
        } else {
            kept.put(TARGETS, fractalId, targetId, goalId, fields);
        }
    }

    void forgetTarget(UUID fractalId, UUID targetId) {
        Kept kept = kept();
        if (kept != null) {
            kept.flush();
            kept.known.remove(new Key(TARGETS, fractalId, targetId));
        }
        jdbc.update("delete from goal_history_target where fractal_id = ? and target_id = ?", fractalId, targetId);
    }

    /**
     * Everything kept is written now and forgotten: for rows about to be changed in bulk by the repository (a
     * deleted fractal's purge, an erasure).
     */
    void writeAndForget() {
        Kept kept = kept();
        if (kept != null) {
            kept.flush();
            kept.known.clear();
        }
    }

    private ObjectNode read(String table, String idColumn, UUID fractalId, UUID id) {
        Kept kept = kept();
        if (kept == null) {
            return select(table, idColumn, fractalId, id);
        }
        Key key = new Key(table, fractalId, id);
        Value value = kept.known.get(key);
        if (value == null) {
            // What this batch deferred goes out first, so that the read sees the rows as the events left them.
            kept.flush();
            value = new Value(select(table, idColumn, fractalId, id), null, false);
            kept.known.put(key, value);
        }
        return value.fields.deepCopy();
    }

    private ObjectNode select(String table, String idColumn, UUID fractalId, UUID id) {
        List<String> rows = jdbc.queryForList("select fields::text from " + table + " where fractal_id = ? and "
                                                      + idColumn + " = ?", String.class, fractalId, id);
        return rows.isEmpty() ? HistoryJson.object() : (ObjectNode) HistoryJson.read(rows.getFirst());
    }

    private Kept kept() {
        return ReplayBatch.currentState(this, Kept::new);
    }

    private record Key(String table, UUID fractalId, UUID id) {
    }

    /** A row's values as the events left them; {@code goalId} only for targets; dirty until written. */
    private record Value(ObjectNode fields, UUID goalId, boolean dirty) {
    }

    private final class Kept implements ReplayBatch.Pending {
        private final Map<Key, Value> known = new HashMap<>();

        void put(String table, UUID fractalId, UUID id, UUID goalId, ObjectNode fields) {
            known.put(new Key(table, fractalId, id), new Value(fields.deepCopy(), goalId, true));
        }

        /** The deferred history rows first, then the values that changed, one batch per table. */
        @Override
        public void flush() {
            writes.flush();
            List<Object[]> goals = new ArrayList<>();
            List<Object[]> targets = new ArrayList<>();
            known.replaceAll((key, value) -> {
                if (!value.dirty()) {
                    return value;
                }
                String json = HistoryJson.write(value.fields());
                if (key.table().equals(GOALS)) {
                    goals.add(new Object[]{key.fractalId(), key.id(), json});
                } else {
                    targets.add(new Object[]{key.fractalId(), key.id(), value.goalId(), json});
                }
                return new Value(value.fields(), value.goalId(), false);
            });
            // One row per key (the map's), so the upserts may share statements.
            if (!goals.isEmpty()) {
                PUT_GOALS.send(jdbc, goals);
            }
            if (!targets.isEmpty()) {
                PUT_TARGETS.send(jdbc, targets);
            }
        }
    }
}
