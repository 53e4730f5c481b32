package org.fractalgoals.query.account;

import org.fractalgoals.query.replay.ReplayBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The owner index (table {@code owner_aggregate} of the accounts read model): which aggregates belong to which
 * owner. Readers that go to the event store for one user's data (the export) find that user's streams here.
 */
@Repository
public class OwnerIndex {

    /** The read model (processing group) the index belongs to: readers that use the index wait for it. */
    public static final String READ_MODEL = AccountProjection.GROUP;

    /** Merging on conflict as the events of one batch are merged in memory: the earliest first, the latest last. */
    private static final String UPSERT = "insert into owner_aggregate (aggregate_id, owner_id, aggregate_type, fractal_id, "
            + "first_sequence, last_sequence, created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (aggregate_id) do update "
            + "set first_sequence = least(owner_aggregate.first_sequence, excluded.first_sequence), "
            + "last_sequence = greatest(owner_aggregate.last_sequence, excluded.last_sequence) "
            + "where owner_aggregate.owner_id = excluded.owner_id";

    private final JdbcTemplate jdbc;

    OwnerIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts the event into its aggregate's row. An aggregate keeps the owner it was first indexed for: an event of
     * another owner in the same stream (which no command writes) does not make the aggregate theirs. In a replay
     * batch the events of one aggregate and owner are merged in memory and written as one row before the commit.
     */
    void index(String ownerId, String aggregateId, String aggregateType, UUID fractalId, long sequence,
               Instant occurredAt) {
        Indexed event = new Indexed(ownerId, aggregateId, aggregateType, fractalId, sequence, sequence, occurredAt);
        Pending pending = ReplayBatch.currentState(this, Pending::new);
        if (pending == null) {
            jdbc.update(UPSERT, event.arguments());
        } else {
            pending.add(event);
        }
    }

    void forget(String ownerId) {
        Pending pending = ReplayBatch.currentState(this, Pending::new);
        if (pending != null) {
            pending.flush();
        }
        jdbc.update("delete from owner_aggregate where owner_id = ?", ownerId);
    }

    /** The owner's fractals, oldest first. */
    public List<OwnedAggregate> fractals(String ownerId) {
        return jdbc.query("select * from owner_aggregate where owner_id = ? and aggregate_id = fractal_id::text "
                          + "order by created_at, aggregate_id", OwnerIndex::row, ownerId);
    }

    /** The owner's aggregates in the fractal other than the fractal's own, by type, then oldest first. */
    public List<OwnedAggregate> inFractal(String ownerId, UUID fractalId) {
        return jdbc.query("select * from owner_aggregate where owner_id = ? and fractal_id = ? "
                          + "and aggregate_id <> fractal_id::text order by aggregate_type, created_at, aggregate_id",
                          OwnerIndex::row, ownerId, fractalId);
    }

    /** The ids of every aggregate of the owner. */
    public List<String> aggregateIds(String ownerId) {
        return jdbc.queryForList("select aggregate_id from owner_aggregate where owner_id = ?", String.class, ownerId);
    }

    private static OwnedAggregate row(ResultSet rs, int n) throws SQLException {
        return new OwnedAggregate(rs.getString("aggregate_id"), rs.getString("aggregate_type"),
                                  rs.getObject("fractal_id", UUID.class), rs.getLong("first_sequence"),
                                  rs.getLong("last_sequence"), rs.getTimestamp("created_at").toInstant());
    }

    /** One aggregate's events of one owner, merged; the time of the first becomes the row's creation time. */
    private record Indexed(String ownerId, String aggregateId, String aggregateType, UUID fractalId, long first,
                           long last, Instant createdAt) {

        Indexed merge(Indexed later) {
            return new Indexed(ownerId, aggregateId, aggregateType, fractalId, Math.min(first, later.first),
                               Math.max(last, later.last), createdAt);
        }

        Object[] arguments() {
            return new Object[]{aggregateId, ownerId, aggregateType, fractalId, first, last, Timestamp.from(createdAt)};
        }
    }

    /**
     * A replay batch's index rows, one per aggregate and owner in the order first seen: each goes through the same
     * upsert as a live event, so an aggregate still keeps the owner it was first indexed for.
     */
    private final class Pending implements ReplayBatch.Pending {
        private final Map<List<String>, Indexed> rows = new LinkedHashMap<>();

        void add(Indexed event) {
            rows.merge(List.of(event.aggregateId(), event.ownerId()), event, Indexed::merge);
        }

        @Override
        public void flush() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(UPSERT, rows.values().stream().map(Indexed::arguments).toList());
                rows.clear();
            }
        }
    }
}
