package org.fractalgoals.query.history;

import org.fractalgoals.platform.web.SequenceCursor;
import org.fractalgoals.query.erasure.ErasedOwner;
import org.fractalgoals.query.replay.CoalescedVersions;
import org.fractalgoals.query.replay.DeferredWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The history rows and the per-fractal position that keeps the goal-history read model idempotent. In a replay
 * batch, its writes and those of {@link CurrentValues} are deferred and sent in JDBC batches.
 */
@Repository
class GoalHistoryRepository {

    private final JdbcTemplate jdbc;
    private final CurrentValues values;
    private final DeferredWrites writes;
    private final CoalescedVersions versions;

    GoalHistoryRepository(JdbcTemplate jdbc, CurrentValues values) {
        this.jdbc = jdbc;
        this.values = values;
        this.writes = values.writes();
        this.versions = new CoalescedVersions(jdbc, writes, "goal_history_fractal", "fractal_id", "not deleted", null);
    }

    void insertFractal(UUID fractalId, String ownerId, long sequence) {
        writes.update("insert into goal_history_fractal (fractal_id, owner_id, version) values (?, ?, ?) "
                            + "on conflict do nothing", fractalId, ownerId, sequence);
        versions.created(fractalId, sequence, null);
    }

    /**
     * Moves the fractal's position to {@code sequence}; false when that event was applied already, or the fractal
     * is unknown or deleted, and then nothing else may change.
     */
    boolean advance(UUID fractalId, long sequence) {
        Boolean inReplay = versions.advance(fractalId, sequence, null);
        if (inReplay != null) {
            return inReplay;
        }
        return jdbc.update("update goal_history_fractal set version = ? "
                                   + "where fractal_id = ? and version < ? and not deleted",
                           sequence, fractalId, sequence) == 1;
    }

    /** Drops the whole history of a deleted fractal; its position row stays, marked, so nothing writes it again. */
    void purge(UUID fractalId) {
        values.writeAndForget();
        for (String table : List.of("goal_history", "goal_history_goal", "goal_history_target")) {
            jdbc.update("delete from " + table + " where fractal_id = ?", fractalId);
        }
        jdbc.update("update goal_history_fractal set deleted = true where fractal_id = ?", fractalId);
        versions.gone(fractalId);
    }

    /** Deletes the whole history of the owner's fractals, deleted ones included, with their positions. */
    void erase(ErasedOwner owner) {
        versions.forgetAll();
        values.writeAndForget();
        for (String table : List.of("goal_history", "goal_history_goal", "goal_history_target")) {
            jdbc.update("delete from " + table + " where fractal_id = any (?)", (Object) owner.fractalIds());
        }
        jdbc.update("delete from goal_history_fractal where owner_id = ? or fractal_id = any (?)", owner.ownerId(),
                    owner.fractalIds());
    }

    void record(UUID fractalId, Collection<UUID> goalIds, long sequence, String type, Instant occurredAt, String actor,
                String changeJson) {
        // Rows of an append-only log: a purge or an erasure deletes them only after sending the queue.
        writes.appendAll("insert into goal_history (fractal_id, goal_id, sequence, event_type, occurred_at, actor, change) "
                                 + "values (?, ?, ?, ?, ?, ?, ?::jsonb) on conflict do nothing",
                         goalIds.stream().map(goalId -> new Object[] {fractalId, goalId, sequence, type,
                                 Timestamp.from(occurredAt), actor, changeJson}).toList());
    }

    /** A page of the owner's goal's history after {@code cursor}; empty when the goal has no history for them. */
    Optional<GoalHistoryPage> page(String ownerId, UUID fractalId, UUID goalId, int limit, String cursor) {
        long after = cursor == null ? -1 : SequenceCursor.decode(cursor).sequence();
        List<GoalHistoryEntry> rows = jdbc.query(
                "select h.sequence, h.event_type, h.occurred_at, h.actor, h.change::text from goal_history h "
                        + "join goal_history_fractal f on f.fractal_id = h.fractal_id and f.owner_id = ? "
                        + "where h.fractal_id = ? and h.goal_id = ? and h.sequence > ? order by h.sequence limit ?",
                GoalHistoryRepository::entry, ownerId, fractalId, goalId, after, limit + 1);
        if (rows.isEmpty() && (cursor == null || !hasHistory(ownerId, fractalId, goalId))) {
            return Optional.empty();
        }
        if (rows.size() <= limit) {
            return Optional.of(new GoalHistoryPage(rows, null));
        }
        List<GoalHistoryEntry> page = List.copyOf(rows.subList(0, limit));
        return Optional.of(new GoalHistoryPage(page, new SequenceCursor(page.getLast().sequence()).encode()));
    }

    private boolean hasHistory(String ownerId, UUID fractalId, UUID goalId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from goal_history h join goal_history_fractal f on f.fractal_id = h.fractal_id "
                        + "and f.owner_id = ? where h.fractal_id = ? and h.goal_id = ?)",
                Boolean.class, ownerId, fractalId, goalId));
    }

    private static GoalHistoryEntry entry(ResultSet rs, int n) throws SQLException {
        return new GoalHistoryEntry(rs.getLong("sequence"), rs.getString("event_type"),
                                    rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                                    HistoryJson.read(rs.getString("change")));
    }
}
