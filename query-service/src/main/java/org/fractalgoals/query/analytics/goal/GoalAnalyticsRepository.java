package org.fractalgoals.query.analytics.goal;

import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.query.erasure.ErasedOwner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tables of the goal analytics read model. Writes are a few statements per event. Reads take one fractal's
 * goals and its session links whole, in one repeatable-read transaction, so that both come from one state of the
 * projection; the sums are made in memory.
 */
@Repository
class GoalAnalyticsRepository {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    GoalAnalyticsRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
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
        return jdbc.update("insert into analytics_goal_fractal (fractal_id, version) values (?, ?) on conflict (fractal_id) "
                                   + "do update set version = excluded.version "
                                   + "where analytics_goal_fractal.version < excluded.version and not analytics_goal_fractal.deleted",
                           fractalId, sequence) == 1;
    }

    void insertGoal(GoalCreated event) {
        jdbc.update("insert into analytics_goal_goal (id, fractal_id, parent_id, level, name, created_at) "
                            + "values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                    event.goalId(), event.fractalId(), event.parentId(), event.level().name(), event.name(),
                    timestamp(event.occurredAt()));
    }

    void renameGoal(UUID goalId, String name) {
        jdbc.update("update analytics_goal_goal set name = ? where id = ?", name, goalId);
    }

    void moveGoal(UUID goalId, UUID parentId) {
        jdbc.update("update analytics_goal_goal set parent_id = ? where id = ?", parentId, goalId);
    }

    /** {@code completedAt} null opens the goal again. */
    void completeGoal(UUID goalId, Instant completedAt) {
        jdbc.update("update analytics_goal_goal set completed_at = ? where id = ?", timestamp(completedAt), goalId);
    }

    /** Deleted goals lose their rows and their session links, and stay remembered as deleted. */
    void removeGoals(UUID fractalId, List<UUID> goalIds) {
        if (goalIds.isEmpty()) {
            return;
        }
        UUID[] ids = goalIds.toArray(UUID[]::new);
        jdbc.update("insert into analytics_goal_removed_goal (goal_id, fractal_id) select unnest(?::uuid[]), ? "
                            + "on conflict do nothing", ids, fractalId);
        jdbc.update("delete from analytics_goal_link where goal_id = any (?)", (Object) ids);
        jdbc.update("delete from analytics_goal_goal where id = any (?)", (Object) ids);
    }

    /** Everything of the fractal goes; the fractal stays remembered as deleted. */
    void deleteFractal(UUID fractalId) {
        jdbc.update("update analytics_goal_fractal set deleted = true where fractal_id = ?", fractalId);
        jdbc.update("delete from analytics_goal_session where fractal_id = ?", fractalId);
        jdbc.update("delete from analytics_goal_goal where fractal_id = ?", fractalId);
        jdbc.update("delete from analytics_goal_removed_goal where fractal_id = ?", fractalId);
    }

    // ---- writes: sessions -----------------------------------------------------------------------------------

    /** Inserts the session with its (untimed) instances and its links, unless it exists or its fractal was deleted. */
    void insertSession(SessionCreated event, long sequence) {
        int inserted = jdbc.update("insert into analytics_goal_session (id, fractal_id, version) select ?, ?, ? "
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
        return jdbc.update("update analytics_goal_session set version = ? where id = ? and version < ? and not deleted",
                           sequence, sessionId, sequence) == 1;
    }

    /** Links goals, except those deleted already. */
    void linkGoals(UUID sessionId, Collection<UUID> goalIds) {
        for (UUID goalId : goalIds) {
            jdbc.update("insert into analytics_goal_link (session_id, goal_id, fractal_id) "
                                + "select id, ?, fractal_id from analytics_goal_session where id = ? and not exists "
                                + "(select 1 from analytics_goal_removed_goal where goal_id = ?) on conflict do nothing",
                        goalId, sessionId, goalId);
        }
    }

    void unlinkGoals(UUID sessionId, Collection<UUID> goalIds) {
        jdbc.update("delete from analytics_goal_link where session_id = ? and goal_id = any (?)", sessionId,
                    goalIds.toArray(UUID[]::new));
    }

    /** A deleted session keeps only its row, so that a redelivered event finds it deleted. */
    void deleteSession(UUID sessionId) {
        jdbc.update("update analytics_goal_session set deleted = true, timed_seconds = 0 where id = ?", sessionId);
        jdbc.update("delete from analytics_goal_instance where session_id = ?", sessionId);
        jdbc.update("delete from analytics_goal_link where session_id = ?", sessionId);
    }

    // ---- writes: instances ----------------------------------------------------------------------------------

    void addInstance(UUID sessionId, UUID instanceId) {
        jdbc.update("insert into analytics_goal_instance (id, session_id) values (?, ?) on conflict do nothing",
                    instanceId, sessionId);
    }

    void removeInstance(UUID sessionId, UUID instanceId) {
        jdbc.update("delete from analytics_goal_instance where id = ?", instanceId);
        retotal(sessionId);
    }

    /** Replaces start, stop and duration: a started timer has neither stop nor duration, a reset has nothing. */
    void setTimes(UUID sessionId, UUID instanceId, Instant startedAt, Instant stoppedAt, Long durationSeconds) {
        jdbc.update("update analytics_goal_instance set started_at = ?, stopped_at = ?, duration_seconds = ? where id = ?",
                    timestamp(startedAt), timestamp(stoppedAt), durationSeconds, instanceId);
        retotal(sessionId);
    }

    void stopTimer(UUID sessionId, UUID instanceId, Instant stoppedAt, long durationSeconds) {
        jdbc.update("update analytics_goal_instance set stopped_at = ?, duration_seconds = ? where id = ?",
                    timestamp(stoppedAt), durationSeconds, instanceId);
        retotal(sessionId);
    }

    /** Sums the session's timed instances again (a handful of rows), which is the same whatever changed. */
    private void retotal(UUID sessionId) {
        jdbc.update("update analytics_goal_session set timed_seconds = (select coalesce(sum(duration_seconds), 0) "
                            + "from analytics_goal_instance where session_id = ? and started_at is not null "
                            + "and stopped_at is not null) where id = ?", sessionId, sessionId);
    }

    /** Every row of the owner's fractals, deleted ones too. */
    void erase(ErasedOwner owner) {
        Object fractals = owner.fractalIds();
        for (String table : List.of("analytics_goal_session", "analytics_goal_goal", "analytics_goal_removed_goal",
                                    "analytics_goal_fractal")) {
            jdbc.update("delete from " + table + " where fractal_id = any (?)", fractals);
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
