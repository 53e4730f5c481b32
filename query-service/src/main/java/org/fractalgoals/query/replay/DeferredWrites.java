package org.fractalgoals.query.replay;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.BatchUpdateException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A projection's writes, sent to the database in JDBC batches during a replay. Live, {@link #update} runs its
 * statement at once, as {@link JdbcTemplate#update(String, Object...)} would. In a replay batch it queues the
 * statement; the queue goes out in its order, each run of one statement text as one JDBC batch (one round trip),
 * when the projection next reads ({@link #flush()}, which its reads must call first) and before the batch's
 * transaction commits; a run of a plain insert goes out as inserts of many rows ({@link MultiRowInsert}). A replay
 * writes one row per event, so most of its time went into round trips and statements.
 *
 * <p>Only for writes whose affected-row count the projection does not need. Deferred writes fail at the flush, not
 * in the handler that queued them: the flush then throws {@link Failed}, naming the events one of whose writes
 * failed, and the replay fails as it does for a failing handler. PostgreSQL's driver reports every statement of a
 * JDBC batch that failed inside a transaction as failed, so those are the events of that whole batch (one run of
 * one statement text); the cause says which row broke which rule.
 */
public final class DeferredWrites {

    private final JdbcTemplate jdbc;

    public DeferredWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs the write now, or in a replay batch queues it behind the ones before it. */
    public void update(String sql, Object... args) {
        Queue queue = ReplayBatch.currentState(this, Queue::new);
        if (queue == null) {
            jdbc.update(sql, args);
        } else {
            queue.add(new Write(sql, args, eventBeingHandled()));
        }
    }

    /**
     * As {@link #update}, and while the write waits in the queue its arguments stay reachable under {@code row}
     * ({@link #queued}), so that a later event of the same batch can change the row it writes instead of sending a
     * statement of its own. Most rows a replay inserts are edited a few events later; this way such a row goes to
     * the database once, as it is at the end of the batch (or at the next flush).
     */
    public void updateAmendable(Object row, String sql, Object... args) {
        Queue queue = ReplayBatch.currentState(this, Queue::new);
        update(sql, args);
        if (queue != null) {
            queue.amendable.put(row, args);
        }
    }

    /**
     * The arguments of the write queued under {@code row} by {@link #updateAmendable} and not sent yet, to be
     * changed in place; null when there is none (live, sent already, or never queued), and then the caller writes
     * its change as a statement of its own.
     */
    public Object[] queued(Object row) {
        Queue queue = ReplayBatch.currentState(this, Queue::new);
        return queue == null ? null : queue.amendable.get(row);
    }

    /** Runs one statement for each row of arguments now, as one JDBC batch, or in a replay batch queues them. */
    public void updateAll(String sql, List<Object[]> rows) {
        if (ReplayBatch.current() == null) {
            jdbc.batchUpdate(sql, rows);
        } else {
            rows.forEach(args -> update(sql, args));
        }
    }

    /**
     * As {@link #updateAll}, for rows of an append-only table that no other write of the batch changes, deletes or
     * depends on (no constraint refers to them): in a replay batch they wait apart from the ordered queue and go
     * out at the next flush, after it, all rows of one statement text together, however the projection's other
     * writes interleave with them. (Goal-history's rows otherwise went out as runs of one fractal each, cut by the
     * next fractal's own insert.)
     */
    public void appendAll(String sql, List<Object[]> rows) {
        Queue queue = ReplayBatch.currentState(this, Queue::new);
        if (queue == null) {
            jdbc.batchUpdate(sql, rows);
        } else {
            Message<?> during = eventBeingHandled();
            List<Write> appended = queue.appended.computeIfAbsent(sql, text -> new ArrayList<>());
            rows.forEach(args -> appended.add(new Write(sql, args, during)));
        }
    }

    /** Sends what is queued; every read of the projection's tables in a replay batch calls this first. */
    public void flush() {
        Queue queue = ReplayBatch.currentState(this, Queue::new);
        if (queue != null) {
            queue.flush();
        }
    }

    /** The event whose handler queues a write, named if the write fails; null outside a handler. */
    private static Message<?> eventBeingHandled() {
        return CurrentUnitOfWork.<Message<?>>map(UnitOfWork::getMessage).orElse(null);
    }

    /** A deferred write that failed, with the events (where one was being handled) whose writes may have failed. */
    public static final class Failed extends DataAccessException {

        private final transient List<Message<?>> events;

        Failed(DataAccessException cause, List<Message<?>> events) {
            super("A deferred write of a replay batch failed", cause);
            this.events = events;
        }

        /** The first of {@link #events()}, or null. */
        public Message<?> event() {
            return events.isEmpty() ? null : events.getFirst();
        }

        /** In the order they were handled; one of their writes failed. */
        public List<Message<?>> events() {
            return events;
        }
    }

    private record Write(String sql, Object[] args, Message<?> during) {
    }

    private final class Queue implements ReplayBatch.Pending {
        private final List<Write> writes = new ArrayList<>();
        private final Map<Object, Object[]> amendable = new HashMap<>();
        private final Map<String, List<Write>> appended = new LinkedHashMap<>();

        void add(Write write) {
            writes.add(write);
        }

        @Override
        public void flush() {
            // What goes out now can no longer be changed in place.
            amendable.clear();
            appended.values().forEach(writes::addAll);
            appended.clear();
            int start = 0;
            try {
                while (start < writes.size()) {
                    String sql = writes.get(start).sql();
                    int end = start + 1;
                    while (end < writes.size() && writes.get(end).sql().equals(sql)) {
                        end++;
                    }
                    List<Object[]> arguments = writes.subList(start, end).stream().map(Write::args).toList();
                    Optional<MultiRowInsert> multiRow = arguments.size() > 1 ? MultiRowInsert.of(sql) : Optional.empty();
                    try {
                        if (multiRow.isPresent()) {
                            multiRow.get().send(jdbc, arguments);
                        } else {
                            jdbc.batchUpdate(sql, arguments);
                        }
                    } catch (DataAccessException e) {
                        // A statement of many rows fails as a whole: any row of the run may be the one.
                        int[] failed = multiRow.isPresent() ? new int[] {0, end - start} : failedRange(e, end - start);
                        List<Message<?>> events = writes.subList(start + failed[0], start + failed[1]).stream()
                                                        .map(Write::during).filter(Objects::nonNull).distinct()
                                                        .toList();
                        throw new Failed(e, events);
                    }
                    start = end;
                }
            } finally {
                // Sent or failed, nothing is sent twice: a failure rolls the whole batch back anyway.
                writes.clear();
            }
        }

        /**
         * Which statements of the failed JDBC batch of {@code size} may have failed, as [from, to): those the
         * driver reports failed, or all after the last it reports; all when it reports nothing.
         */
        private static int[] failedRange(DataAccessException e, int size) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BatchUpdateException batch) {
                    int[] counts = batch.getUpdateCounts();
                    int from = 0;
                    while (from < counts.length && counts[from] != Statement.EXECUTE_FAILED) {
                        from++;
                    }
                    if (from == counts.length) {
                        return new int[] {Math.min(from, size - 1), size};
                    }
                    int to = from;
                    while (to < counts.length && counts[to] == Statement.EXECUTE_FAILED) {
                        to++;
                    }
                    return new int[] {from, to};
                }
            }
            return new int[] {0, size};
        }
    }
}
