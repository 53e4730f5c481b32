package org.fractalgoals.query.analytics.goal;

import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.query.erasure.ErasedOwner;
import org.fractalgoals.query.replay.DeferredWrites;
import org.fractalgoals.query.replay.ReplayBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tables of the goal analytics read model. Writes are a few statements per event; in a replay batch the
 * fractal and goal writes are deferred and sent in JDBC batches ({@link DeferredWrites}), the fractals' versions
 * decided in memory, and every other statement first sends what is queued. Reads take one fractal's
 * goals and its session links whole, in one repeatable-read transaction, so that both come from one state of the
 * projection; the sums are made in memory.
 */
@Repository
class GoalAnalyticsRepository {

    private static final String ADVANCE_FRACTAL = "insert into analytics_goal_fractal (fractal_id, version) values (?, ?) "
            + "on conflict (fractal_id) do update set version = excluded.version "
            + "where analytics_goal_fractal.version < excluded.version and not analytics_goal_fractal.deleted";

    private final JdbcTemplate jdbc;
    private final DeferredWrites writes;
    private final TransactionTemplate snapshot;

    GoalAnalyticsRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.writes = new DeferredWrites(jdbc);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    // ---- writes: fractals and goals -------------------------------------------------------------------------

    /**
     * Moves the fractal's version to {@code sequence}; false when that event was applied already or the fractal was
     * deleted, and then nothing may change.
     */
    boolean advanceFractal(UUID fractalId, long sequence) {
        FractalVersions versions = fractalVersions();
        if (versions == null) {
            return jdbc.update(ADVANCE_FRACTAL, fractalId, sequence) == 1;
        }
        return versions.advance(fractalId, sequence);
    }

    void insertGoal(GoalCreated event) {
        writes.update("insert into analytics_goal_goal (id, fractal_id, parent_id, level, name, created_at) "
                              + "values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                      event.goalId(), event.fractalId(), event.parentId(), event.level().name(), event.name(),
                      timestamp(event.occurredAt()));
    }

    void renameGoal(UUID goalId, String name) {
        writes.update("update analytics_goal_goal set name = ? where id = ?", name, goalId);
    }

    void moveGoal(UUID goalId, UUID parentId) {
        writes.update("update analytics_goal_goal set parent_id = ? where id = ?", parentId, goalId);
    }

    /** {@code completedAt} null opens the goal again. */
    void completeGoal(UUID goalId, Instant completedAt) {
        writes.update("update analytics_goal_goal set completed_at = ? where id = ?", timestamp(completedAt), goalId);
    }

    /** Deleted goals lose their rows and their session links, and stay remembered as deleted. */
    void removeGoals(UUID fractalId, List<UUID> goalIds) {
        if (goalIds.isEmpty()) {
            return;
        }
        UUID[] ids = goalIds.toArray(UUID[]::new);
        writes.update("insert into analytics_goal_removed_goal (goal_id, fractal_id) select unnest(?::uuid[]), ? "
                              + "on conflict do nothing", ids, fractalId);
        writes.update("delete from analytics_goal_link where goal_id = any (?)", (Object) ids);
        writes.update("delete from analytics_goal_goal where id = any (?)", (Object) ids);
    }

    /** Everything of the fractal goes; the fractal stays remembered as deleted. */
    void deleteFractal(UUID fractalId) {
        FractalVersions versions = fractalVersions();
        if (versions != null) {
            versions.deleted(fractalId);
        }
        writes.update("update analytics_goal_fractal set deleted = true where fractal_id = ?", fractalId);
        writes.update("delete from analytics_goal_session where fractal_id = ?", fractalId);
        writes.update("delete from analytics_goal_goal where fractal_id = ?", fractalId);
        writes.update("delete from analytics_goal_removed_goal where fractal_id = ?", fractalId);
    }

    // ---- writes: sessions -----------------------------------------------------------------------------------

    /** Inserts the session with its (untimed) instances and its links, unless it exists or its fractal was deleted. */
    void insertSession(SessionCreated event, long sequence) {
        int inserted = now().update("insert into analytics_goal_session (id, fractal_id, version) select ?, ?, ? "
                                           + "where not exists (select 1 from analytics_goal_fractal where fractal_id = ? and deleted) "
                                           + "on conflict do nothing",
                                   event.sessionId(), event.fractalId(), sequence, event.fractalId());
        if (inserted == 0) {
            return;
        }
        for (SessionSection section : event.sections()) {
            for (SessionInstance instance : section.instances()) {
                addInstance(event.sessionId(), instance.instanceId());
            }
        }
        linkGoals(event.sessionId(), event.goalIds());
    }

    /**
     * Moves the session's version to {@code sequence}; false when that event was applied already, or the session is
     * unknown or deleted, and then nothing else may change.
     */
    boolean advanceSession(UUID sessionId, long sequence) {
        return now().update("update analytics_goal_session set version = ? where id = ? and version < ? and not deleted",
                           sequence, sessionId, sequence) == 1;
    }

    /** Links goals, except those deleted already. */
    void linkGoals(UUID sessionId, Collection<UUID> goalIds) {
        for (UUID goalId : goalIds) {
            now().update("insert into analytics_goal_link (session_id, goal_id, fractal_id) "
                                + "select id, ?, fractal_id from analytics_goal_session where id = ? and not exists "
                                + "(select 1 from analytics_goal_removed_goal where goal_id = ?) on conflict do nothing",
                        goalId, sessionId, goalId);
        }
    }

    void unlinkGoals(UUID sessionId, Collection<UUID> goalIds) {
        now().update("delete from analytics_goal_link where session_id = ? and goal_id = any (?)", sessionId,
                    goalIds.toArray(UUID[]::new));
    }

    /** A deleted session keeps only its row, so that a redelivered event finds it deleted. */
    void deleteSession(UUID sessionId) {
        now().update("update analytics_goal_session set deleted = true, timed_seconds = 0 where id = ?", sessionId);
        now().update("delete from analytics_goal_instance where session_id = ?", sessionId);
        now().update("delete from analytics_goal_link where session_id = ?", sessionId);
    }

    // ---- writes: instances ----------------------------------------------------------------------------------

    void addInstance(UUID sessionId, UUID instanceId) {
        now().update("insert into analytics_goal_instance (id, session_id) values (?, ?) on conflict do nothing",
                    instanceId, sessionId);
    }

    void removeInstance(UUID sessionId, UUID instanceId) {
        now().update("delete from analytics_goal_instance where id = ?", instanceId);
        retotal(sessionId);
    }

    /** Replaces start, stop and duration: a started timer has neither stop nor duration, a reset has nothing. */
    void setTimes(UUID sessionId, UUID instanceId, Instant startedAt, Instant stoppedAt, Long durationSeconds) {
        now().update("update analytics_goal_instance set started_at = ?, stopped_at = ?, duration_seconds = ? where id = ?",
                    timestamp(startedAt), timestamp(stoppedAt), durationSeconds, instanceId);
        retotal(sessionId);
    }

    void stopTimer(UUID sessionId, UUID instanceId, Instant stoppedAt, long durationSeconds) {
        now().update("update analytics_goal_instance set stopped_at = ?, duration_seconds = ? where id = ?",
                    timestamp(stoppedAt), durationSeconds, instanceId);
        retotal(sessionId);
    }

    /** The template for a statement that must run now: in a replay batch, what is queued goes out first. */
    private JdbcTemplate now() {
        writes.flush();
        return jdbc;
    }

    private FractalVersions fractalVersions() {
        return ReplayBatch.currentState(this, FractalVersions::new);
    }

    /**
     * The fractals' versions within a replay batch, decided as {@link #ADVANCE_FRACTAL} would: a fractal the
     * database does not know yet is inserted through the queue (in order, before its goals); the versions of known
     * ones are written once, after the queue, before the batch commits.
     */
    private final class FractalVersions implements ReplayBatch.Pending {
        private final Map<UUID, FractalRow> rows = new HashMap<>();

        boolean advance(UUID fractalId, long sequence) {
            FractalRow row = rows.computeIfAbsent(fractalId, this::read);
            if (row.deleted || (row.exists && row.version >= sequence)) {
                return false;
            }
            row.version = sequence;
            if (row.exists) {
                row.dirty = true;
            } else {
                writes.update(ADVANCE_FRACTAL, fractalId, sequence);
                row.exists = true;
            }
            return true;
        }

        void deleted(UUID fractalId) {
            FractalRow row = rows.get(fractalId);
            if (row != null) {
                row.deleted = true;
            }
        }

        private FractalRow read(UUID fractalId) {
            writes.flush();
            FractalRow row = new FractalRow();
            jdbc.query("select version, deleted from analytics_goal_fractal where fractal_id = ?", rs -> {
                row.exists = true;
                row.version = rs.getLong(1);
                row.deleted = rs.getBoolean(2);
            }, fractalId);
            return row;
        }

        @Override
        public void flush() {
            writes.flush();
            List<Object[]> dirty = rows.entrySet().stream().filter(entry -> entry.getValue().dirty)
                                       .map(entry -> new Object[]{entry.getValue().version, entry.getKey()}).toList();
            if (!dirty.isEmpty()) {
                jdbc.batchUpdate("update analytics_goal_fractal set version = ? where fractal_id = ?", dirty);
                rows.values().forEach(row -> row.dirty = false);
            }
        }
    }

    private static final class FractalRow {
        boolean exists;
        long version;
        boolean deleted;
        boolean dirty;
    }

    /** Sums the session's timed instances again (a handful of rows), which is the same whatever changed. */
    private void retotal(UUID sessionId) {
        now().update("update analytics_goal_session set timed_seconds = (select coalesce(sum(duration_seconds), 0) "
                            + "from analytics_goal_instance where session_id = ? and started_at is not null "
                            + "and stopped_at is not null) where id = ?", sessionId, sessionId);
    }

    /** Every row of the owner's fractals, deleted ones too. */
    void erase(ErasedOwner owner) {
        FractalVersions versions = fractalVersions();
        if (versions != null) {
            versions.flush();
            versions.rows.clear();
        }
        Object fractals = owner.fractalIds();
        for (String table : List.of("analytics_goal_session", "analytics_goal_goal", "analytics_goal_removed_goal",
                                    "analytics_goal_fractal")) {
            now().update("delete from " + table + " where fractal_id = any (?)", fractals);
        }
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    /** Runs the reads of one answer on one state of the read model. */
    <T> T inSnapshot(Supplier<T> reads) {
        return snapshot.execute(status -> reads.get());
    }

    List<GoalRow> goals(UUID fractalId) {
        return jdbc.query("select id, parent_id, level, name, created_at, completed_at from analytics_goal_goal "
                                  + "where fractal_id = ?",
                          (rs, n) -> new GoalRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                                 GoalLevel.valueOf(rs.getString(3)), rs.getString(4),
                                                 rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6))),
                          fractalId);
    }

    /** The links of the fractal's live sessions (a deleted session has none), with each session's timed total. */
    List<SessionLink> links(UUID fractalId) {
        return jdbc.query("select l.session_id, l.goal_id, s.timed_seconds from analytics_goal_link l "
                                  + "join analytics_goal_session s on s.id = l.session_id "
                                  + "where l.fractal_id = ? and s.fractal_id = ?",
                          (rs, n) -> new SessionLink(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                                     rs.getLong(3)),
                          fractalId, fractalId);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
