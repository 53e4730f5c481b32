package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.system.CommandLoad.Ack;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fault test checks once the load has ended: the event store against the acknowledged commands, and the
 * read models against a fresh rebuild of every one of them through the admin API.
 */
final class FaultAudit {

    /** The event each acknowledged command of {@link CommandLoad} appends exactly once. */
    static final Map<String, List<String>> EVENTS_OF = Map.of(
            "create fractal", List.of("FractalCreated", "GoalCreated"),
            "create goal", List.of("GoalCreated"),
            "rename goal", List.of("GoalRenamed"),
            "create activity", List.of("ActivityCreated"),
            "create session", List.of("SessionCreated"),
            "add activity", List.of("ActivityInstanceAdded"),
            "start timer", List.of("TimerStarted"),
            "stop timer", List.of("TimerStopped"),
            "complete session", List.of("SessionCompleted"),
            "complete goal", List.of("GoalCompleted"));

    /** The tables of schema query that are not read models (see ReadModelCatalogue.OPERATIONAL_TABLES). */
    private static final Set<String> OPERATIONAL_TABLES = Set.of("tokenentry", "flyway_schema_history",
                                                                 "deadletterentry", "service_instance");

    private final String jdbcUrl;
    private final String user;
    private final String password;

    FaultAudit(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * Acknowledged commands whose events are not all in the event store: every position of the consistency token
     * the command answered must hold an event, one of them of the command's aggregate.
     */
    List<String> lostCommands(List<Ack> acks) {
        Map<Long, String> aggregates = new HashMap<>();
        query("select globalindex, aggregateidentifier from domainevententry",
              row -> aggregates.put(row.getLong(1), row.getString(2)));
        List<String> lost = new ArrayList<>();
        for (Ack ack : acks) {
            Set<Long> positions = ack.consistencyToken() == null ? Set.of() : positions(ack.consistencyToken());
            boolean allThere = !positions.isEmpty() && positions.stream().allMatch(aggregates::containsKey);
            boolean ofItsAggregate = positions.stream().anyMatch(p -> ack.aggregateId().equals(aggregates.get(p)));
            if (!allThere || !ofItsAggregate) {
                lost.add(ack + " positions " + positions);
            }
        }
        return lost;
    }

    /**
     * For each event type the load causes: how many the store holds and how many acknowledged commands caused one.
     * Every command is retried with its Idempotency-Key until acknowledged, so the two must be equal: fewer is a lost
     * event, more a retry applied twice.
     */
    Map<String, String> eventCountMismatches(List<Ack> acks, long after) {
        Map<String, Long> expected = new TreeMap<>();
        for (Ack ack : acks) {
            for (String type : EVENTS_OF.get(ack.operation())) {
                expected.merge(type, 1L, Long::sum);
            }
        }
        Map<String, Long> stored = storedEventCounts(after);
        Map<String, String> mismatches = new TreeMap<>();
        expected.forEach((type, count) -> {
            long inStore = stored.getOrDefault(type, 0L);
            if (inStore != count) {
                mismatches.put(type, "acknowledged " + count + ", stored " + inStore);
            }
        });
        return mismatches;
    }

    /** Creation events per aggregate: each acknowledged creation has exactly one. */
    Map<String, Long> creationEventsOf(String type) {
        Map<String, Long> counts = new HashMap<>();
        query("select aggregateidentifier, count(*) from domainevententry where payloadtype like '%." + type
                      + "' group by aggregateidentifier",
              row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    /** Events per type after a position (a test's own, once the load of the one before it has ended). */
    Map<String, Long> storedEventCounts(long after) {
        Map<String, Long> counts = new TreeMap<>();
        query("select payloadtype, count(*) from domainevententry where globalindex > " + after + " group by payloadtype",
              row -> counts.put(row.getString(1).substring(row.getString(1).lastIndexOf('.') + 1), row.getLong(2)));
        return counts;
    }

    long eventCountAfter(long position) {
        long[] count = new long[1];
        query("select count(*) from domainevententry where globalindex > " + position, row -> count[0] = row.getLong(1));
        return count[0];
    }

    long lastPosition() {
        long[] last = new long[1];
        query("select coalesce(max(globalindex), -1) from domainevententry", row -> last[0] = row.getLong(1));
        return last[0];
    }

    /** Every row of every read-model table of schema query, as text, sorted. */
    Map<String, List<String>> readModelRows() {
        List<String> tables = new ArrayList<>();
        query("select tablename from pg_tables where schemaname = 'query' order by 1", row -> tables.add(row.getString(1)));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            if (!OPERATIONAL_TABLES.contains(table)) {
                List<String> content = new ArrayList<>();
                query("select t::text from query." + table + " t order by 1", row -> content.add(row.getString(1)));
                rows.put(table, content);
            }
        }
        return rows;
    }

    /** Rows that differ between two dumps, per table (rows only in the first, then rows only in the second). */
    static Map<String, String> differences(Map<String, List<String>> before, Map<String, List<String>> after) {
        Map<String, String> differences = new TreeMap<>();
        Set<String> tables = new TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            List<String> onlyBefore = new ArrayList<>(before.getOrDefault(table, List.of()));
            onlyBefore.removeAll(after.getOrDefault(table, List.of()));
            List<String> onlyAfter = new ArrayList<>(after.getOrDefault(table, List.of()));
            onlyAfter.removeAll(before.getOrDefault(table, List.of()));
            if (!onlyBefore.isEmpty() || !onlyAfter.isEmpty()
                    || before.getOrDefault(table, List.of()).size() != after.getOrDefault(table, List.of()).size()) {
                differences.put(table, "live only: " + onlyBefore + "; rebuilt only: " + onlyAfter);
            }
        }
        return differences;
    }

    static long rowCount(Map<String, List<String>> rows) {
        return rows.values().stream().mapToLong(List::size).sum();
    }

    /** Waits until every read model has processed the whole event store. */
    static void awaitCaughtUp(ApiClient queries, Duration timeout) throws InterruptedException {
        String admin = TestTokens.forUser(TestTokens.newUserId(), "user", "admin");
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietRounds = 0;
        JsonNode last = null;
        while (quietRounds < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the read models did not catch up within " + timeout + ": " + last);
            }
            Thread.sleep(500);
            Response projections = queries.get("/api/v1/admin/projections").token(admin).send();
            if (projections.status() != 200) {
                quietRounds = 0;
                continue;
            }
            last = projections.body().get("items");
            boolean caughtUp = true;
            for (JsonNode item : last) {
                caughtUp &= item.get("lag").asLong() == 0 && "RUNNING".equals(item.get("status").asText());
            }
            quietRounds = caughtUp ? quietRounds + 1 : 0;
        }
    }

    /** Rebuilds every read model through the admin API, one after the other, each to COMPLETED. */
    static List<String> replayEveryReadModel(ApiClient queries, Duration timeout) throws InterruptedException {
        String admin = TestTokens.forUser(TestTokens.newUserId(), "user", "admin");
        Response projections = queries.get("/api/v1/admin/projections").token(admin).send();
        assertThat(projections.status()).as(projections.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        projections.body().get("items").forEach(item -> names.add(item.get("name").asText()));
        for (String name : names) {
            String path = "/api/v1/admin/projections/" + name + "/replay";
            Response started = queries.post(path, null).token(admin).send();
            assertThat(started.status()).as("replay of " + name + ": " + started).isEqualTo(202);
            long deadline = System.nanoTime() + timeout.toNanos();
            JsonNode progress;
            do {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the replay of " + name + " did not end within " + timeout);
                }
                Thread.sleep(200);
                progress = queries.get(path).token(admin).send().body();
            } while ("RUNNING".equals(progress.path("status").asText()));
            assertThat(progress.get("status").asText()).as(progress.toString()).isEqualTo("COMPLETED");
        }
        return names;
    }

    /** The events of one aggregate after a position: global index to event type (payloads are encrypted). */
    Map<Long, String> eventsOf(String aggregate, long after) {
        Map<Long, String> events = new TreeMap<>();
        query("select globalindex, payloadtype from domainevententry where aggregateidentifier = '"
                      + UUID.fromString(aggregate) + "' and globalindex > " + after,
              row -> events.put(row.getLong(1), row.getString(2).substring(row.getString(2).lastIndexOf('.') + 1)));
        return events;
    }

    /** The event-store positions a consistency token covers. */
    static Set<Long> positions(String token) {
        Set<Long> positions = new TreeSet<>();
        String[] parts = token.split("\\.");
        for (int i = 1; i < parts.length; i++) {
            String[] bounds = parts[i].split("-");
            long from = Long.parseLong(bounds[0], 36);
            long to = bounds.length == 2 ? Long.parseLong(bounds[1], 36) : from;
            for (long position = from; position <= to; position++) {
                positions.add(position);
            }
        }
        return positions;
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowHandler handler) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement statement = connection.prepareStatement("set search_path to eventstore, query")) {
            statement.execute();
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
