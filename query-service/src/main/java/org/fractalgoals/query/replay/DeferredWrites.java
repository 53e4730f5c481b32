package org.fractalgoals.query.replay;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * A projection's writes, sent to the database in JDBC batches during a replay. Live, {@link #update} runs its
 * statement at once, as {@link JdbcTemplate#update(String, Object...)} would. In a replay batch it queues the
 * statement; the queue goes out in its order, each run of one statement text as one JDBC batch (one round trip),
 * when the projection next reads ({@link #flush()}, which its reads must call first) and before the batch's
 * transaction commits. A replay writes one row per event, so most of its time went into round trips.
 *
 * <p>Only for writes whose affected-row count the projection does not need. Deferred writes fail at the flush, not
 * in the handler that queued them; the replay then fails as it does for a failing handler.
 */
public final class DeferredWrites {

    private final JdbcTemplate jdbc;

    public DeferredWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs the write now, or in a replay batch queues it behind the ones before it. */
    public void update(String sql, Object... args) {
        ReplayBatch batch = ReplayBatch.current();
        if (batch == null) {
            jdbc.update(sql, args);
        } else {
            batch.state(this, key -> new Queue()).add(sql, args);
        }
    }

    /** Sends what is queued; every read of the projection's tables in a replay batch calls this first. */
    public void flush() {
        ReplayBatch batch = ReplayBatch.current();
        if (batch != null) {
            batch.state(this, key -> new Queue()).flush();
        }
    }

    private final class Queue implements ReplayBatch.Pending {
        private final List<String> statements = new ArrayList<>();
        private final List<Object[]> arguments = new ArrayList<>();

        void add(String sql, Object[] args) {
            statements.add(sql);
            arguments.add(args);
        }

        @Override
        public void flush() {
            int start = 0;
            try {
                while (start < statements.size()) {
                    String sql = statements.get(start);
                    int end = start + 1;
                    while (end < statements.size() && statements.get(end).equals(sql)) {
                        end++;
                    }
                    jdbc.batchUpdate(sql, arguments.subList(start, end));
                    start = end;
                }
            } finally {
                // Sent or failed, nothing is sent twice: a failure rolls the whole batch back anyway.
                statements.clear();
                arguments.clear();
            }
        }
    }
}
