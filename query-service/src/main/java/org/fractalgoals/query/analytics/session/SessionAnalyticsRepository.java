package org.fractalgoals.query.analytics.session;

import org.fractalgoals.query.erasure.ErasedOwner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The tables of the session analytics. Every write of a session event moves the session's version first and
 * changes nothing when the event was applied already; fractal and erasure writes are idempotent by themselves.
 */
@Repository
class SessionAnalyticsRepository {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    SessionAnalyticsRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    // ---- writes ------------------------------------------------------------------------------------------

    void insert(UUID fractalId, UUID sessionId, Instant createdAt, Instant startedAt, long sequence) {
        jdbc.update("insert into analytics_session (session_id, fractal_id, created_at, started_at, session_at, version) "
                            + "select ?, ?, ?, ?, ?, ? where not exists "
                            + "(select 1 from analytics_session_deleted_fractal where fractal_id = ?) on conflict do nothing",
                    sessionId, fractalId, Timestamp.from(createdAt), timestamp(startedAt),
                    Timestamp.from(startedAt != null ? startedAt : createdAt), sequence, fractalId);
    }

    /** A completed session keeps its duration: its end moved with its start. */
    void changeStart(UUID sessionId, Instant startedAt, long sequence) {
        jdbc.update("update analytics_session set started_at = ?, session_at = coalesce(?, created_at), version = ? "
                            + "where session_id = ? and version < ? and not deleted",
                    timestamp(startedAt), timestamp(startedAt), sequence, sessionId, sequence);
    }

    void complete(UUID sessionId, long durationSeconds, long sequence) {
        jdbc.update("update analytics_session set completed = true, duration_seconds = ?, version = ? "
                            + "where session_id = ? and version < ? and not deleted",
                    durationSeconds, sequence, sessionId, sequence);
    }

    void reopen(UUID sessionId, long sequence) {
        jdbc.update("update analytics_session set completed = false, duration_seconds = null, version = ? "
                            + "where session_id = ? and version < ? and not deleted",
                    sequence, sessionId, sequence);
    }

    void delete(UUID sessionId, long sequence) {
        jdbc.update("update analytics_session set deleted = true, version = ? "
                            + "where session_id = ? and version < ? and not deleted",
                    sequence, sessionId, sequence);
    }

    void deleteFractal(UUID fractalId) {
        jdbc.update("insert into analytics_session_deleted_fractal (fractal_id) values (?) on conflict do nothing",
                    fractalId);
        jdbc.update("delete from analytics_session where fractal_id = ?", fractalId);
    }

    void erase(ErasedOwner owner) {
        jdbc.update("delete from analytics_session where fractal_id = any (?)", (Object) owner.fractalIds());
        jdbc.update("delete from analytics_session_deleted_fractal where fractal_id = any (?)", (Object) owner.fractalIds());
    }

    // ---- reads -------------------------------------------------------------------------------------------

    SessionTotals totals(UUID fractalId) {
        return readOnly.execute(status -> jdbc.queryForObject(
                "select count(*), count(*) filter (where completed) from analytics_session "
                        + "where fractal_id = ? and not deleted",
                (row, n) -> SessionTotals.of(row.getLong(1), row.getLong(2)), fractalId));
    }

    /** Every live session of the fractal; a few thousand rows of three columns, folded by the caller. */
    List<SessionFact> sessions(UUID fractalId) {
        return facts("where fractal_id = ? and not deleted", fractalId);
    }

    /** The fractal's completed sessions, the only ones that make practice days. */
    List<SessionFact> completedSessions(UUID fractalId) {
        return facts("where fractal_id = ? and not deleted and completed", fractalId);
    }

    /**
     * Whole epoch seconds are read because they are cheaper to read than timestamps, and no local day starts
     * within a second.
     */
    private List<SessionFact> facts(String where, UUID fractalId) {
        return readOnly.execute(status -> jdbc.query(
                "select floor(extract(epoch from session_at))::bigint, completed, duration_seconds "
                        + "from analytics_session " + where,
                (row, n) -> new SessionFact(Instant.ofEpochSecond(row.getLong(1)), row.getBoolean(2),
                                            row.getObject(3, Long.class)), fractalId));
    }

    /** The durations of the fractal's completed sessions. */
    List<Long> durations(UUID fractalId) {
        return readOnly.execute(status -> jdbc.queryForList(
                "select duration_seconds from analytics_session "
                        + "where fractal_id = ? and not deleted and completed and duration_seconds is not null",
                Long.class, fractalId));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
