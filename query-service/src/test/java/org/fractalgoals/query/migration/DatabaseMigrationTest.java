package org.fractalgoals.query.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every schema is Flyway's: the event store ({@code eventstore}: events, snapshots, data keys) and the read models
 * with Axon's token store ({@code query}: tokenentry, the read models, service_instance). Axon creates no table at
 * runtime (no createSchema anywhere; its JDBC auto-configuration only builds stores on existing tables).
 *
 * <p>From empty: all migrations apply to an empty database and leave the tables Axon expects. From the previous
 * release (query V12, eventstore V1: the last state before the scale-out work): a database with events, read model
 * rows and processor tokens in it is migrated to the current version, and every row, every token and every token
 * owner is as it was, so the processors carry on from where they were instead of rebuilding.
 */
class DatabaseMigrationTest {

    /** The query schema's version of the previous release (the last commit before issue #11's scale-out). */
    static final String PREVIOUS_QUERY_VERSION = "12";

    @Test
    void all_migrations_apply_to_an_empty_database_and_create_axons_tables() throws SQLException {
        String url = SharedPostgres.newDatabase("migration_empty");

        eventStore(url).migrate();
        queryFlyway(url, null).migrate();
        List<MigrationInfo> eventstore = List.of(eventStore(url).info().applied());
        List<MigrationInfo> query = List.of(queryFlyway(url, null).info().applied());

        assertThat(eventstore).isNotEmpty().allMatch(migration -> migration.getState() == MigrationState.SUCCESS);
        assertThat(query).isNotEmpty().allMatch(migration -> migration.getState() == MigrationState.SUCCESS);
        assertThat(queryFlyway(url, null).info().pending()).isEmpty();
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            assertThat(columns(statement, "eventstore", "domainevententry")).contains(
                    "globalindex", "aggregateidentifier", "sequencenumber", "type", "eventidentifier", "metadata", "payload",
                    "payloadrevision", "payloadtype", "timestamp");
            assertThat(columns(statement, "eventstore", "snapshotevententry")).contains(
                    "aggregateidentifier", "sequencenumber", "eventidentifier", "payload", "payloadtype", "timestamp");
            assertThat(columns(statement, "eventstore", "user_data_key")).contains("owner_id", "wrapped_key");
            assertThat(columns(statement, "query", "tokenentry")).containsExactlyInAnyOrder(
                    "processorname", "segment", "token", "tokentype", "timestamp", "owner");
            assertThat(columns(statement, "query", "service_instance")).contains("node_id", "heartbeat_at");
            // Sagas are not used, so there is no saga table; none exists in any other schema either.
            assertThat(count(statement, "select count(*) from pg_tables where tablename in ('tokenentry', 'domainevententry', "
                                        + "'snapshotevententry', 'saga_entry', 'association_value_entry') "
                                        + "and schemaname not in ('query', 'eventstore')")).isZero();
        }
    }

    @Test
    void a_database_of_the_previous_release_migrates_with_its_events_rows_and_tokens_intact() throws SQLException {
        String url = SharedPostgres.newDatabase("migration_previous");
        eventStore(url).migrate();
        queryFlyway(url, PREVIOUS_QUERY_VERSION).migrate();
        assertThat(queryFlyway(url, PREVIOUS_QUERY_VERSION).info().current().getVersion().getVersion())
                .isEqualTo(PREVIOUS_QUERY_VERSION);

        UUID fractal = UUID.randomUUID();
        byte[] token = "{\"index\":1,\"gaps\":[]}".getBytes();
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute("insert into eventstore.domainevententry (aggregateidentifier, sequencenumber, type, "
                              + "eventidentifier, payload, payloadtype, timestamp) values ('" + fractal + "', 0, 'Fractal', '"
                              + UUID.randomUUID() + "', '\\x7b7d', 'org.fractalgoals.events.goal.FractalCreated', "
                              + "'2026-01-01T00:00:00Z')");
            statement.execute("insert into eventstore.user_data_key (owner_id, wrapped_key, master_key_id) "
                              + "values ('someone', '\\x0102', 'dev-only-not-secret')");
            statement.execute("set search_path to query");
            statement.execute("insert into fractal (id, owner_id, created_at, updated_at, version) values ('" + fractal
                              + "', 'someone', now(), now(), 0)");
            statement.execute("insert into goal (id, fractal_id, level, name, created_at, version) values ('" + fractal
                              + "', '" + fractal + "', 'ULTIMATE', 'Root', now(), 0)");
            try (var insert = connection.prepareStatement(
                    "insert into tokenentry (processorname, segment, token, tokentype, timestamp, owner) "
                    + "values (?, ?, ?, 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-01-01T00:00:00Z', ?)")) {
                for (Object[] row : new Object[][]{{"goal-tree", 0, "old-node"}, {"goal-tree", 1, "old-node"},
                                                   {"sessions", 0, null}}) {
                    insert.setString(1, (String) row[0]);
                    insert.setInt(2, (Integer) row[1]);
                    insert.setBytes(3, token);
                    insert.setString(4, (String) row[2]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        Map<String, String> before = contents(url);

        eventStore(url).migrate();
        queryFlyway(url, null).migrate();

        assertThat(queryFlyway(url, null).info().pending()).isEmpty();
        Map<String, String> after = contents(url);
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from query.fractal where id = '" + fractal + "'")).isOne();
            assertThat(count(statement, "select count(*) from eventstore.domainevententry")).isOne();
            assertThat(count(statement, "select count(*) from query.service_instance")).isZero();
            try (ResultSet rows = statement.executeQuery("select token, owner from query.tokenentry "
                                                         + "where processorname = 'goal-tree' order by segment")) {
                while (rows.next()) {
                    assertThat(Arrays.equals(rows.getBytes(1), token)).isTrue();
                    assertThat(rows.getString(2)).isEqualTo("old-node");
                }
            }
        }
    }

    private static Flyway eventStore(String url) {
        SharedPostgres.Server server = SharedPostgres.server();
        return Flyway.configure().dataSource(url, server.user(), server.password())
                     .schemas("eventstore").defaultSchema("eventstore").table("flyway_schema_history")
                     .locations("classpath:db/eventstore").load();
    }

    private static Flyway queryFlyway(String url, String target) {
        SharedPostgres.Server server = SharedPostgres.server();
        var configuration = Flyway.configure().dataSource(url, server.user(), server.password())
                                  .schemas("query").defaultSchema("query").table("flyway_schema_history")
                                  .locations("classpath:db/query");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    /** Every table of both schemas (but Flyway's histories) → its rows as text, in a stable order. */
    private static Map<String, String> contents(String url) throws SQLException {
        Map<String, String> contents = new TreeMap<>();
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select schemaname || '.' || tablename from pg_tables "
                                                         + "where schemaname in ('query', 'eventstore') "
                                                         + "and tablename <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery(
                        "select coalesce(string_agg(t::text, E'\\n' order by t::text), '') from " + table + " t")) {
                    rows.next();
                    contents.put(table, rows.getString(1));
                }
            }
        }
        return contents;
    }

    private static List<String> columns(Statement statement, String schema, String table) throws SQLException {
        List<String> columns = new java.util.ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select column_name from information_schema.columns where table_schema = '"
                                                     + schema + "' and table_name = '" + table + "'")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect(String url) throws SQLException {
        SharedPostgres.Server server = SharedPostgres.server();
        return DriverManager.getConnection(url, server.user(), server.password());
    }
}
