package org.fractalgoals.query.replay;

import org.flywaydb.core.Flyway;
import org.fractalgoals.query.deadletter.DeadLetterStore;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The tables a replay builds into, and the switch-over. A replay schema is made by the very migrations that
 * made the live schema, so its tables, indexes and constraints are the live ones under the same names; the
 * tables of other read models are dropped from it at once. Switching moves the live tables out and the rebuilt
 * ones in, and hands the rebuilt tables' position to the live processor, all in one transaction: a query sees
 * either the old read model or the new one, never a mixture.
 */
@Component
class ReplaySchemas {

    static final String LIVE_SCHEMA = "query";
    private static final String TOKEN_TABLE = "tokenentry";

    private final DataSource dataSource;
    private final FlywayProperties flyway;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ReplaySchemas(DataSource dataSource, FlywayProperties flyway, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Schema names come from processing group names of our own code, never from a request. */
    static String schemaOf(ReadModelDefinition readModel) {
        return "replay_" + readModel.name().replaceAll("[^A-Za-z0-9]", "_").toLowerCase();
    }

    /** A fresh, empty copy of the read model's tables (and a token table for the replay's position). */
    String prepare(ReadModelDefinition readModel) {
        String schema = schemaOf(readModel);
        drop(readModel);
        Flyway.configure()
              .dataSource(dataSource)
              .schemas(schema)
              .defaultSchema(schema)
              .createSchemas(true)
              .locations(flyway.getLocations().toArray(String[]::new))
              .table(flyway.getTable())
              .load()
              .migrate();
        List<String> tables = jdbc.queryForList("select tablename from pg_tables where schemaname = ?", String.class, schema);
        for (String table : tables) {
            // Of the operational tables only the token table is needed, for the replay's own position.
            if (!readModel.tables().contains(table) && !TOKEN_TABLE.equals(table)) {
                jdbc.execute("drop table " + schema + "." + table + " cascade");
            }
        }
        // Autovacuum would analyze the tables again and again while they fill (sorting samples of jsonb columns
        // took a tenth of the machine during goal-history's replay); they are analyzed once when they are full.
        for (String table : readModel.tables()) {
            jdbc.execute("alter table " + schema + "." + table + " set (autovacuum_enabled = false)");
        }
        return schema;
    }

    /**
     * Gives the rebuilt tables their planner statistics and autovacuum back, before they replace the live ones: a
     * table fresh from a replay has no statistics, and queries right after the switch would be planned blind.
     * Runs while the replay still takes events (neither blocks the other's writes).
     */
    void analyze(ReadModelDefinition readModel) {
        String schema = schemaOf(readModel);
        for (String table : readModel.tables()) {
            jdbc.execute("analyze " + schema + "." + table);
            jdbc.execute("alter table " + schema + "." + table + " reset (autovacuum_enabled)");
        }
    }

    /**
     * How many segments a replay of the read model gets: as many as its live processor has, when those are the even
     * split that a processor's initial segment count makes (ids 0 to n - 1, n a power of two), else one. A live
     * processor runs in segments only where events of different aggregates may be applied in any order (see the
     * processors' settings), so the replay may too; and with the same segments each live segment can take over
     * exactly the position its replay segment reached. Both sides split by Axon's default sequencing policy (per
     * aggregate), so segment i of either holds the same aggregates; a read model given a policy of its own would
     * have to give its replay the same one.
     */
    int replaySegments(ReadModelDefinition readModel) {
        List<Integer> live = liveSegments(readModel.name());
        int count = live.size();
        boolean evenSplit = count > 1 && Integer.bitCount(count) == 1
                && live.equals(IntStream.range(0, count).boxed().toList());
        return evenSplit ? count : 1;
    }

    private List<Integer> liveSegments(String processorName) {
        return jdbc.queryForList("select segment from " + LIVE_SCHEMA + ".tokenentry where processorname = ? "
                                         + "order by segment", Integer.class, processorName);
    }

    /** Removes whatever a replay of this read model left behind: its schema and the tables retired by a switch. */
    void drop(ReadModelDefinition readModel) {
        String schema = schemaOf(readModel);
        jdbc.execute("drop schema if exists " + schema + "_retired cascade");
        jdbc.execute("drop schema if exists " + schema + " cascade");
    }

    /**
     * Puts the rebuilt tables in place of the live ones and hands the replay's position to the live processor: a
     * replay of one segment has seen every event up to its position, so each live segment may go on from there; a
     * replay in the live processor's own segments hands each segment's position to the live segment of the same
     * id (and fails when the live segments changed meanwhile). Waits at most {@code lockTimeout} for queries that
     * are using the live tables.
     */
    void switchOver(ReadModelDefinition readModel, String replayProcessor, int segments, String lockTimeout) {
        String schema = schemaOf(readModel);
        String retired = schema + "_retired";
        transaction.executeWithoutResult(status -> {
            jdbc.execute("set local lock_timeout = '" + lockTimeout + "'");
            jdbc.execute("create schema " + retired);
            for (String table : readModel.tables()) {
                jdbc.execute("alter table " + LIVE_SCHEMA + "." + table + " set schema " + retired);
            }
            for (String table : readModel.tables()) {
                jdbc.execute("alter table " + schema + "." + table + " set schema " + LIVE_SCHEMA);
            }
            String handOver = "update " + LIVE_SCHEMA + ".tokenentry live set token = replay.token, "
                    + "tokentype = replay.tokentype, timestamp = replay.timestamp, owner = null "
                    + "from " + schema + ".tokenentry replay where live.processorname = ? and replay.processorname = ? "
                    + "and replay.segment = " + (segments == 1 ? "0" : "live.segment");
            int updated = jdbc.update(handOver, readModel.name(), replayProcessor);
            if (segments > 1 && (updated != segments || liveSegments(readModel.name()).size() != segments)) {
                throw new IllegalStateException("The live processor's segments changed during the replay");
            }
            if (updated == 0) {
                jdbc.update("insert into " + LIVE_SCHEMA + ".tokenentry (processorname, segment, token, tokentype, timestamp) "
                            + "select ?, 0, token, tokentype, timestamp from " + schema + ".tokenentry "
                            + "where processorname = ? and segment = 0", readModel.name(), replayProcessor);
            }
            // The replay has applied every event up to at least the paused live position, the dead-lettered ones
            // included (a replay fails on an event it cannot handle), so the live read model's letters are done.
            jdbc.update("delete from " + DeadLetterStore.TABLE + " where processinggroup = ?", readModel.name());
        });
    }
}
