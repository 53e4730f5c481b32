package org.fractalgoals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.SharedPostgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How fast read models are rebuilt: seeds an event store with {@code events} goal events (realistic fractal
 * histories, encrypted like real ones), starts the query-service, lets its live processors catch up, then
 * replays the named read models one after the other through the admin API while printing the progress the API
 * reports. Prints seeding rate, catch-up time of all read models, and per replay its duration and rate.
 */
final class ReplayBenchmark {

    private final Path project;
    private final int events;
    private final List<String> readModels;

    ReplayBenchmark(Path project, int events, List<String> readModels) {
        this.project = project;
        this.events = events;
        this.readModels = readModels;
    }

    void run() throws Exception {
        String database = SharedPostgres.newDatabase("bench_replay");
        List<String> results = new ArrayList<>();
        try (ServiceProcess query = ServiceProcess.start(project, "query-service", database)) {
            query.awaitReady();
            int fractals = Math.max(1, events / EventSeeder.EVENTS_PER_FRACTAL);
            long seedStart = System.nanoTime();
            new EventSeeder(database, SharedPostgres.server().user(), SharedPostgres.server().password()).seed(fractals);
            double seedSeconds = seconds(seedStart);
            long seeded = (long) fractals * EventSeeder.EVENTS_PER_FRACTAL;
            System.out.printf("seeded %,d events (%,d fractals) in %.1f s: %,.0f events/s%n", seeded, fractals, seedSeconds,
                              seeded / seedSeconds);

            ApiClient api = new ApiClient(query.baseUrl());
            BenchUser admin = new BenchUser("user", "admin");
            long catchUpStart = System.nanoTime();
            awaitCaughtUp(api, admin, seeded);
            double catchUpSeconds = seconds(catchUpStart);
            System.out.printf("live read models caught up %.1f s after seeding ended%n", catchUpSeconds);

            for (String readModel : readModels) {
                results.add(replay(api, admin, readModel));
            }
            System.out.println();
            System.out.printf("%-12s %12s %10s %14s%n", "read model", "events", "seconds", "events/s");
            results.forEach(System.out::println);
            System.out.println("query-service log: " + query.log());
        }
    }

    private String replay(ApiClient api, BenchUser admin, String readModel) throws InterruptedException {
        String path = "/api/v1/admin/projections/" + readModel + "/replay";
        ApiClient.Response started = api.post(path, null).token(admin.token()).send();
        if (started.status() != 202) {
            throw new IllegalStateException("replay of " + readModel + " refused: " + started);
        }
        long start = System.nanoTime();
        long lastPrint = 0;
        while (true) {
            JsonNode progress = api.get(path).token(admin.token()).send().body();
            String status = progress.get("status").asText();
            if (!"RUNNING".equals(status)) {
                double elapsed = seconds(start);
                if (!"COMPLETED".equals(status)) {
                    throw new IllegalStateException("replay of " + readModel + " ended " + progress);
                }
                long processed = progress.get("processed").asLong();
                return String.format("%-12s %,12d %10.1f %,14.0f", readModel, processed, elapsed, processed / elapsed);
            }
            if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.printf("  %s: %,d / %,d events, %,.0f events/s, ETA %s s%n", readModel,
                                  progress.get("processed").asLong(), progress.get("total").asLong(),
                                  progress.get("eventsPerSecond").asDouble(), progress.get("etaSeconds").asText());
            }
            Thread.sleep(200);
        }
    }

    private static void awaitCaughtUp(ApiClient api, BenchUser admin, long head) throws InterruptedException {
        long lastPrint = System.nanoTime();
        while (true) {
            JsonNode items = api.get("/api/v1/admin/projections").token(admin.token()).send().body().get("items");
            long slowest = Long.MAX_VALUE;
            for (JsonNode item : items) {
                slowest = Math.min(slowest, item.get("position").asLong());
            }
            if (slowest >= head) {
                return;
            }
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.printf("  live read models: slowest at %,d of %,d%n", slowest, head);
            }
            Thread.sleep(500);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
