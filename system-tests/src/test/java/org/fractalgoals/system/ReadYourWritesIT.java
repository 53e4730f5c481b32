package org.fractalgoals.system;

import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.SharedPostgres;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slice across both services as separate processes sharing one PostgreSQL: a command on :command, the
 * query on :query with the consistency token, as the web entry will route them. Polling is set to ten
 * minutes, so only the database notification can make the query side see the events in time.
 */
class ReadYourWritesIT {

    private static ServiceProcess commandService;
    private static ServiceProcess queryService;
    private static ApiClient commands;
    private static ApiClient queries;

    @BeforeAll
    static void startServices() throws InterruptedException {
        String database = SharedPostgres.newDatabase("system_test");
        Map<String, String> environment = Map.of(
                "FRACTAL_JDBC_URL", database,
                "FRACTAL_DB_USER", SharedPostgres.server().user(),
                "FRACTAL_DB_PASSWORD", SharedPostgres.server().password(),
                "FRACTAL_SECURITY_PUBLIC_KEY_LOCATION", "file:" + TestTokens.publicKeyFile(),
                "FRACTAL_EVENTSTORE_FETCHDELAYMILLIS", "600000");
        int commandPort = ServiceProcess.freePort();
        int queryPort = ServiceProcess.freePort();
        commandService = ServiceProcess.start("command-service", commandPort,
                                              with(environment, "COMMAND_SERVICE_PORT", commandPort));
        queryService = ServiceProcess.start("query-service", queryPort, with(environment, "QUERY_SERVICE_PORT", queryPort));
        commandService.awaitReady(Duration.ofSeconds(120));
        queryService.awaitReady(Duration.ofSeconds(120));
        commands = new ApiClient(commandService.baseUrl());
        queries = new ApiClient(queryService.baseUrl());
    }

    private static Map<String, String> with(Map<String, String> environment, String name, int port) {
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.put(name, Integer.toString(port));
        return all;
    }

    @AfterAll
    static void stopServices() throws InterruptedException {
        if (commandService != null) {
            commandService.close();
        }
        if (queryService != null) {
            queryService.close();
        }
    }

    @Test
    void a_created_fractal_is_readable_at_once_with_the_consistency_token() {
        String alice = TestTokens.newUserId();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Response created = commands.post("/api/v1/fractals", Map.of("name", "Fractal " + i))
                                       .token(TestTokens.forUser(alice)).send();
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long start = System.nanoTime();
            Response tree = queries.get(created.header("Location").orElseThrow() + "/tree").token(TestTokens.forUser(alice))
                                   .header("X-Consistency-Token", created.header("X-Consistency-Token").orElseThrow())
                                   .send();
            micros.add((System.nanoTime() - start) / 1000);
            assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
            assertThat(tree.body().get("name").asText()).isEqualTo("Fractal " + i);
        }
        Collections.sort(micros);
        System.out.printf("read-your-writes query latency over 20 creates: median %.1f ms, max %.1f ms%n",
                          micros.get(10) / 1000.0, micros.getLast() / 1000.0);

        Response list = queries.get("/api/v1/fractals?limit=5").token(TestTokens.forUser(alice)).send();
        assertThat(list.body().get("items")).hasSize(5);
        assertThat(list.body().get("items").get(0).get("name").asText()).isEqualTo("Fractal 19");
        Response next = queries.get("/api/v1/fractals?limit=50&cursor=" + list.body().get("nextCursor").asText())
                               .token(TestTokens.forUser(alice)).send();
        assertThat(next.body().get("items")).hasSize(15);
    }

    @Test
    void goals_join_the_tree_and_strangers_see_nothing() {
        String alice = TestTokens.newUserId();
        String bob = TestTokens.newUserId();
        Response created = commands.post("/api/v1/fractals", Map.of("name", "Fitness", "level", "LONG_TERM"))
                                   .token(TestTokens.forUser(alice)).send();
        String fractal = created.body().get("id").asText();
        Response goal = commands.post("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", fractal, "name", "Run 10k"))
                                .token(TestTokens.forUser(alice)).send();
        assertThat(goal.status()).as(goal.toString()).isEqualTo(201);

        Response tree = queries.get("/api/v1/fractals/" + fractal + "/tree").token(TestTokens.forUser(alice))
                               .header("X-Consistency-Token", goal.header("X-Consistency-Token").orElseThrow()).send();
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.body().get("children").get(0).get("name").asText()).isEqualTo("Run 10k");
        assertThat(tree.body().get("children").get(0).get("level").asText()).isEqualTo("MID_TERM");
        assertThat(tree.header("ETag")).hasValue("\"2\"");

        assertThat(queries.get("/api/v1/fractals/" + fractal + "/tree").token(TestTokens.forUser(bob))
                          .header("X-Consistency-Token", goal.header("X-Consistency-Token").orElseThrow())
                          .send().status()).isEqualTo(404);
        assertThat(commands.post("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", fractal, "name", "x"))
                           .token(TestTokens.forUser(bob)).send().status()).isEqualTo(404);
        assertThat(queries.get("/api/v1/fractals").token(TestTokens.forUser(bob)).send().body().get("items")).isEmpty();
    }

    @Test
    void both_services_refuse_calls_without_a_token_and_answer_probes_without_one() {
        assertThat(commands.post("/api/v1/fractals", Map.of("name", "x")).send().status()).isEqualTo(401);
        assertThat(queries.get("/api/v1/fractals").send().status()).isEqualTo(401);
        assertThat(commands.get("/actuator/health/liveness").send().status()).isEqualTo(200);
        assertThat(queries.get("/actuator/prometheus").send().status()).isEqualTo(200);
    }
}
