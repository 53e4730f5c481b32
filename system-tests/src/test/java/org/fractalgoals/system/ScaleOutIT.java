package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.SharedPostgres;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query-service processes on one database share the event processing: the second one started takes a
 * segment of goal-tree from the first (SegmentBalancer), each handles events of its segment, both answer reads
 * with the consistency token identically, and when one stops the other takes its segments back and stays correct.
 */
class ScaleOutIT {

    private static final String GOAL_TREE = "goal-tree";
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static String database;
    private static Map<String, String> environment;
    private static ServiceProcess commandService;
    private static ServiceProcess queryA;
    private static ServiceProcess queryB;
    private static ApiClient commands;
    private static ApiClient queriesA;
    private static ApiClient queriesB;

    @BeforeAll
    static void startServices() throws InterruptedException {
        database = SharedPostgres.newDatabase("scale_out");
        environment = Map.of(
                "FRACTAL_JDBC_URL", database,
                "FRACTAL_DB_USER", SharedPostgres.server().user(),
                "FRACTAL_DB_PASSWORD", SharedPostgres.server().password(),
                "FRACTAL_SECURITY_PUBLIC_KEY_LOCATION", "file:" + TestTokens.publicKeyFile(),
                "FRACTAL_DB_POOL_SIZE", "20",
                "FRACTAL_SCALING_HEARTBEAT", "PT1S",
                "FRACTAL_SCALING_BALANCEEVERY", "PT2S",
                "FRACTAL_SCALING_LIVEFOR", "PT6S");
        int commandPort = ServiceProcess.freePort();
        commandService = ServiceProcess.start("command-service", commandPort, with(Map.of("COMMAND_SERVICE_PORT", commandPort)));
        queryA = startQuery("query-a");
        commandService.awaitReady(Duration.ofSeconds(180));
        queryA.awaitReady(Duration.ofSeconds(180));
        // The first instance alone claims every segment; the second starts with none and must be given one.
        awaitUntil("query-a holds both goal-tree segments", () -> List.copyOf(owners().values()).equals(List.of("query-a", "query-a")));
        queryB = startQuery("query-b");
        queryB.awaitReady(Duration.ofSeconds(180));
        commands = new ApiClient(commandService.baseUrl());
        queriesA = new ApiClient(queryA.baseUrl());
        queriesB = new ApiClient(queryB.baseUrl());
    }

    private static ServiceProcess startQuery(String nodeId) {
        int port = ServiceProcess.freePort();
        Map<String, Object> own = new HashMap<>();
        own.put("QUERY_SERVICE_PORT", port);
        own.put("FRACTAL_NODE_ID", nodeId);
        return ServiceProcess.start("query-service", port, with(own));
    }

    private static Map<String, String> with(Map<String, ?> own) {
        Map<String, String> all = new HashMap<>(environment);
        own.forEach((name, value) -> all.put(name, value.toString()));
        return all;
    }

    @AfterAll
    static void stopServices() throws InterruptedException {
        for (ServiceProcess process : new ServiceProcess[]{queryB, queryA, commandService}) {
            if (process != null) {
                process.close();
            }
        }
    }

    @Test
    void two_instances_split_the_segments_serve_identical_reads_and_one_takes_over_when_the_other_stops()
            throws Exception {
        String alice = TestTokens.newUserId();
        // Both instances own a segment of goal-tree.
        awaitUntil("query-a and query-b each own a goal-tree segment",
                   () -> Set.copyOf(owners().values()).equals(Set.of("query-a", "query-b")));
        Map<Integer, String> split = owners();

        // Events of many fractals (sequenced per aggregate, so spread over both segments) are handled by both owners.
        Map<Integer, byte[]> before = tokens();
        List<Created> fractals = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            fractals.add(createFractalWithGoal(alice, "Fractal " + i));
        }
        awaitUntil("both owners advanced their goal-tree segment", () -> {
            Map<Integer, byte[]> now = tokens();
            return now.keySet().stream().allMatch(segment -> !Arrays.equals(before.get(segment), now.get(segment)));
        });
        assertThat(owners()).as("no segment changed hands while both instances ran").isEqualTo(split);

        // Both answer reads for the same fractal identically, with the consistency token of the last command.
        for (Created fractal : fractals) {
            JsonNode fromA = tree(queriesA, alice, fractal);
            JsonNode fromB = tree(queriesB, alice, fractal);
            assertThat(fromA.get("name").asText()).isEqualTo(fractal.name());
            assertThat(fromA.get("children").get(0).get("name").asText()).isEqualTo("Goal of " + fractal.name());
            assertThat(fromB).isEqualTo(fromA);
        }
        assertThat(list(queriesA, alice)).isEqualTo(list(queriesB, alice));

        // One instance stops: the other takes over its segments and keeps reads correct.
        queryB.close();
        queryB = null;
        awaitUntil("query-a owns both goal-tree segments again", () -> List.copyOf(owners().values()).equals(List.of("query-a", "query-a")));
        for (int i = 0; i < 6; i++) {
            Created later = createFractalWithGoal(alice, "Later " + i);
            JsonNode tree = tree(queriesA, alice, later);
            assertThat(tree.get("name").asText()).isEqualTo(later.name());
            assertThat(tree.get("children").get(0).get("name").asText()).isEqualTo("Goal of " + later.name());
        }
        assertThat(queriesA.get("/api/v1/fractals?limit=100").token(TestTokens.forUser(alice)).send().body().get("items"))
                .hasSize(30);
    }

    private record Created(String id, String name, String consistencyToken) {
    }

    private static Created createFractalWithGoal(String user, String name) {
        Response created = commands.post("/api/v1/fractals", Map.of("name", name)).token(TestTokens.forUser(user)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().get("id").asText();
        Response goal = commands.post("/api/v1/fractals/" + id + "/goals", Map.of("parentId", id, "name", "Goal of " + name))
                                .token(TestTokens.forUser(user)).send();
        assertThat(goal.status()).as(goal.toString()).isEqualTo(201);
        return new Created(id, name, goal.header("X-Consistency-Token").orElseThrow());
    }

    private static JsonNode tree(ApiClient queries, String user, Created fractal) {
        Response tree = queries.get("/api/v1/fractals/" + fractal.id() + "/tree").token(TestTokens.forUser(user))
                               .header("X-Consistency-Token", fractal.consistencyToken()).send();
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        return tree.body();
    }

    private static JsonNode list(ApiClient queries, String user) {
        Response list = queries.get("/api/v1/fractals?limit=100").token(TestTokens.forUser(user)).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.body().get("items");
    }

    /** goal-tree's segments and their owners (a released, unclaimed segment shows as "none"). */
    private static Map<Integer, String> owners() {
        Map<Integer, String> owners = new TreeMap<>();
        query("select segment, owner from query.tokenentry where processorname = '" + GOAL_TREE + "'", rs -> {
            String owner = rs.getString(2);
            owners.put(rs.getInt(1), owner == null ? "none" : owner);
        });
        return owners;
    }

    private static Map<Integer, byte[]> tokens() {
        Map<Integer, byte[]> tokens = new TreeMap<>();
        query("select segment, token from query.tokenentry where processorname = '" + GOAL_TREE + "'",
              rs -> tokens.put(rs.getInt(1), rs.getBytes(2)));
        return tokens;
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private static void query(String sql, RowHandler handler) {
        SharedPostgres.Server server = SharedPostgres.server();
        try (Connection connection = DriverManager.getConnection(database, server.user(), server.password());
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                handler.handle(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitUntil(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + WAIT + "; goal-tree owners: " + owners()
                                         + "; instances: " + instances());
            }
            Thread.sleep(200);
        }
    }

    private static String instances() {
        List<String> rows = new ArrayList<>();
        query("select node_id, heartbeat_at from query.service_instance", rs -> rows.add(rs.getString(1) + "@" + rs.getString(2)));
        return rows.stream().collect(Collectors.joining(", "));
    }
}
