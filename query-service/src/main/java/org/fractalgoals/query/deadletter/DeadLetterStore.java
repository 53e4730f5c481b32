package org.fractalgoals.query.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and deletes rows of Axon's dead-letter table directly, for what Axon's queue API does not offer: a listing
 * that never deserializes (decrypts) a payload, counts per sequence, eviction of a whole sequence, and the erasure
 * of an owner's letters. Processing and retrying stay with Axon.
 */
@Component
public class DeadLetterStore {

    /** Qualified: a replay's transactions point the search path at the replay schema. */
    public static final String TABLE = "query.deadletterentry";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    DeadLetterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Position(String readModel, String sequenceId, long index) {
    }

    record Row(Position position, String eventType, String eventId, String aggregateId, Long aggregateSequence,
               Instant enqueuedAt, Instant lastTouched, String causeType, String causeMessage, long retries) {
    }

    /** Up to {@code limit} letters after {@code after}, by read model, sequence and place in the sequence. */
    List<Row> list(String readModel, Position after, int limit) {
        StringBuilder sql = new StringBuilder(
                "select processinggroup, sequenceidentifier, sequenceindex, payloadtype, eventidentifier, "
                + "aggregateidentifier, sequencenumber, enqueuedat, lasttouched, causetype, causemessage, diagnostics "
                + "from " + TABLE + " where true");
        List<Object> args = new ArrayList<>();
        if (readModel != null) {
            sql.append(" and processinggroup = ?");
            args.add(readModel);
        }
        if (after != null) {
            sql.append(" and (processinggroup, sequenceidentifier, sequenceindex) > (?, ?, ?)");
            args.add(after.readModel());
            args.add(after.sequenceId());
            args.add(after.index());
        }
        sql.append(" order by processinggroup, sequenceidentifier, sequenceindex limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, n) -> row(rs), args.toArray());
    }

    private static Row row(ResultSet rs) throws SQLException {
        String payloadType = rs.getString("payloadtype");
        long sequence = rs.getLong("sequencenumber");
        Long aggregateSequence = rs.wasNull() ? null : sequence;
        return new Row(new Position(rs.getString("processinggroup"), rs.getString("sequenceidentifier"),
                                    rs.getLong("sequenceindex")),
                       payloadType.substring(payloadType.lastIndexOf('.') + 1),
                       rs.getString("eventidentifier"), rs.getString("aggregateidentifier"), aggregateSequence,
                       instant(rs.getString("enqueuedat")), instant(rs.getString("lasttouched")),
                       rs.getString("causetype"), rs.getString("causemessage"), retries(rs.getBytes("diagnostics")));
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static long retries(byte[] diagnostics) {
        if (diagnostics == null) {
            return 0;
        }
        try {
            return JSON.readTree(diagnostics).path(DeadLetterPolicy.RETRIES).asLong(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The read model's sequences, the longest-waiting first. */
    List<String> sequences(String readModel) {
        return jdbc.queryForList("select sequenceidentifier from " + TABLE + " where processinggroup = ? "
                                 + "group by sequenceidentifier order by min(enqueuedat), sequenceidentifier",
                                 String.class, readModel);
    }

    long count(String readModel, List<String> sequences) {
        Long count = jdbc.queryForObject("select count(*) from " + TABLE + " where processinggroup = ? "
                                         + "and sequenceidentifier = any(?)",
                                         Long.class, readModel, sequences.toArray(String[]::new));
        return count == null ? 0 : count;
    }

    /** Deletes every letter of one sequence; answers how many. */
    int evict(String readModel, String sequenceId) {
        return jdbc.update("delete from " + TABLE + " where processinggroup = ? and sequenceidentifier = ?",
                           readModel, sequenceId);
    }

    /**
     * Deletes the read model's letters of events owned by this owner. The owner id is the one field of an owned
     * event's payload that is never encrypted (it names the key), so it is read from the stored JSON without
     * decrypting anything; a payload that cannot be read is left alone rather than failing the erasure's batch.
     */
    void purgeOwner(String readModel, String ownerId) {
        List<String> ids = new ArrayList<>();
        jdbc.query("select deadletteridentifier, payload from " + TABLE + " where processinggroup = ?", rs -> {
            if (ownerId.equals(ownerOf(rs.getBytes("payload")))) {
                ids.add(rs.getString("deadletteridentifier"));
            }
        }, readModel);
        if (!ids.isEmpty()) {
            jdbc.update("delete from " + TABLE + " where deadletteridentifier = any(?)", (Object) ids.toArray(String[]::new));
            log.info("Erasure removed {} dead letter(s) of read model {}", ids.size(), readModel);
        }
    }

    private static String ownerOf(byte[] payload) {
        try {
            JsonNode owner = JSON.readTree(payload).get("ownerId");
            return owner == null || !owner.isTextual() ? null : owner.asText();
        } catch (IOException e) {
            return null;
        }
    }
}
