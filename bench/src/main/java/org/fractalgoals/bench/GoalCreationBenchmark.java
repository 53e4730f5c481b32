package org.fractalgoals.bench;

import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.SharedPostgres;
import org.fractalgoals.testsupport.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many goals one fractal takes per second from concurrent clients: the command-service runs from its jar
 * against a fresh PostgreSQL; N clients create goals under the same root for a fixed time after a warm-up.
 * Prints the rate, latency percentiles and every non-201 answer by status.
 */
final class GoalCreationBenchmark {

    private final Path project;
    private final int clients;
    private final int seconds;

    GoalCreationBenchmark(Path project, int clients, int seconds) {
        this.project = project;
        this.clients = clients;
        this.seconds = seconds;
    }

    void run() throws Exception {
        String database = SharedPostgres.newDatabase("bench");
        try (ServiceProcess service = ServiceProcess.start(project, "command-service", database)) {
            service.awaitReady();
            measure(service.port(), database);
        }
    }

    private void measure(int port, String database) throws Exception {
        String user = TestTokens.newUserId();
        String token = TestTokens.forUser(user);
        ApiClient api = new ApiClient("http://localhost:" + port);
        String fractal = api.post("/api/v1/fractals", Map.of("name", "Benchmark")).token(token).send().body().get("id").asText();
        URI goals = URI.create("http://localhost:" + port + "/api/v1/fractals/" + fractal + "/goals");
        String body = "{\"parentId\":\"" + fractal + "\",\"name\":\"goal\"}";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        run(http, goals, token, body, Duration.ofSeconds(5), new Stats());
        Stats stats = new Stats();
        long started = System.nanoTime();
        run(http, goals, token, body, Duration.ofSeconds(seconds), stats);
        double elapsed = (System.nanoTime() - started) / 1e9;

        Latencies latencies = stats.latencies;
        long created = stats.created.get();
        System.out.printf("goal creation in one fractal: %d clients, %.1f s, %d goals created, %.0f goals/s%n",
                          clients, elapsed, created, created / elapsed);
        if (!latencies.isEmpty()) {
            System.out.printf("latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                              latencies.percentile(50), latencies.percentile(95), latencies.percentile(99),
                              latencies.max());
        }
        System.out.println("answers other than 201: " + (stats.failures.isEmpty() ? "none" : stats.failures));
        try (Connection connection = DriverManager.getConnection(database, SharedPostgres.server().user(),
                                                                 SharedPostgres.server().password());
             ResultSet rows = connection.createStatement().executeQuery(
                     "select count(*) from eventstore.domainevententry where aggregateidentifier = '" + fractal + "'")) {
            rows.next();
            System.out.println("events in the fractal's stream: " + rows.getLong(1)
                                       + " (2 for the fractal, 1 per goal created in warm-up and measurement)");
        }
    }

    private void run(HttpClient http, URI goals, String token, String body, Duration duration, Stats stats)
            throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(
                                HttpRequest.newBuilder(goals).header("Authorization", "Bearer " + token)
                                           .header("Content-Type", "application/json")
                                           .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 201) {
                            stats.created.incrementAndGet();
                            stats.latencies.add(start);
                        } else {
                            stats.failures.merge(response.statusCode(), 1L, Long::sum);
                        }
                    } catch (IOException | InterruptedException e) {
                        stats.failures.merge(-1, 1L, Long::sum);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
    }

    private static final class Stats {
        final AtomicLong created = new AtomicLong();
        final Latencies latencies = new Latencies();
        final Map<Integer, Long> failures = new ConcurrentHashMap<>();
    }
}
