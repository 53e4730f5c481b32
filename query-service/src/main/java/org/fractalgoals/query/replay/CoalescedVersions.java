package org.fractalgoals.query.replay;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The version check of a projection ("apply this event only if the row's version is below its sequence number"),
 * done in memory during a replay batch. Live, it is one {@code update ... where version < ?} per event. A replay
 * applies the events of one aggregate one after the other, so within a batch it reads a row's version once,
 * decides the rest in memory and writes the last version (and time) once before the batch commits: half of the
 * round trips of a replay that writes one row per event. Outside a replay batch {@link #advance} returns null and
 * the caller runs its own statement.
 *
 * <p>The repository tells it when a row is created ({@link #created}), when it stops counting ({@link #gone}:
 * deleted, or marked deleted) or when rows change behind its back ({@link #forgetAll}, after which versions are
 * read again).
 */
public final class CoalescedVersions {

    private final JdbcTemplate jdbc;
    private final DeferredWrites writes;
    private final String select;
    private final String update;
    private final boolean timed;

    /**
     * @param jdbc       the projection's (in a replay, its statements address the replay schema)
     * @param table      the table holding the version
     * @param idColumn   its key column
     * @param live       a condition a row must meet to be advanced at all (e.g. {@code not deleted}), or blank
     * @param timeColumn a column set to the event's time with each advance, or null
     */
    public CoalescedVersions(JdbcTemplate jdbc, String table, String idColumn, String live, String timeColumn) {
        this(jdbc, null, table, idColumn, live, timeColumn);
    }

    /**
     * As above, for a projection that defers its writes: they are sent before each version read and before the
     * versions are written, so both see the rows as the projection left them.
     */
    public CoalescedVersions(JdbcTemplate jdbc, DeferredWrites writes, String table, String idColumn, String live,
                             String timeColumn) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.select = "select version from " + table + " where " + idColumn + " = ?"
                + (live.isBlank() ? "" : " and " + live);
        this.timed = timeColumn != null;
        this.update = "update " + table + " set version = ?" + (timed ? ", " + timeColumn + " = ?" : "")
                + " where " + idColumn + " = ?";
    }

    /**
     * @return whether the event at {@code sequence} is to be applied (and the version moved to it), as the live
     * statement would answer; null outside a replay batch
     */
    public Boolean advance(UUID id, long sequence, Instant at) {
        Rows rows = ReplayBatch.currentState(this, Rows::new);
        if (rows == null) {
            return null;
        }
        Row row = rows.known.computeIfAbsent(id, key -> {
            flushWrites();
            List<Long> found = jdbc.queryForList(select, Long.class, key);
            return found.isEmpty() ? Row.ABSENT : new Row(found.getFirst());
        });
        if (row == Row.ABSENT || row.gone || row.version >= sequence) {
            return false;
        }
        row.version = sequence;
        row.at = at;
        row.dirty = true;
        return true;
    }

    /** The row no longer takes events in this batch (deleted, or marked so); a pending version is still written. */
    public void gone(UUID id) {
        Rows rows = ReplayBatch.currentState(this, Rows::new);
        if (rows != null) {
            Map<UUID, Row> known = rows.known;
            Row row = known.get(id);
            if (row != null && row != Row.ABSENT) {
                row.gone = true;
            } else {
                known.put(id, Row.ABSENT);
            }
        }
    }

    /** Rows were inserted or deleted in bulk: pending versions are written now and every version read again. */
    public void forgetAll() {
        Rows rows = ReplayBatch.currentState(this, Rows::new);
        if (rows != null) {
            rows.flush();
            rows.known.clear();
        }
    }

    /**
     * The first event of an aggregate inserted its row with {@code version} (and {@code at}) through the deferred
     * writes. A replay delivers each event once into a schema that had no such row, so that is the row's state:
     * the aggregate's next events are decided in memory, without sending the waiting writes to read it back.
     */
    public void created(UUID id, long version, Instant at) {
        Rows rows = ReplayBatch.currentState(this, Rows::new);
        if (rows != null) {
            Row row = new Row(version);
            row.at = at;
            rows.known.put(id, row);
        }
    }

    private void flushWrites() {
        if (writes != null) {
            writes.flush();
        }
    }

    private final class Rows implements ReplayBatch.Pending {
        private final Map<UUID, Row> known = new HashMap<>();

        @Override
        public void flush() {
            List<Map.Entry<UUID, Row>> dirty = known.entrySet().stream().filter(entry -> entry.getValue().dirty).toList();
            if (!dirty.isEmpty()) {
                write(dirty);
            }
        }

        void write(List<Map.Entry<UUID, Row>> rows) {
            flushWrites();
            jdbc.batchUpdate(update, rows.stream().map(entry -> timed
                    ? new Object[]{entry.getValue().version, Timestamp.from(entry.getValue().at), entry.getKey()}
                    : new Object[]{entry.getValue().version, entry.getKey()}).toList());
            rows.forEach(entry -> entry.getValue().dirty = false);
        }
    }

    private static final class Row {
        static final Row ABSENT = new Row(Long.MAX_VALUE);

        long version;
        Instant at;
        boolean dirty;
        boolean gone;

        Row(long version) {
            this.version = version;
        }
    }
}
