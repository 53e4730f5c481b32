package org.fractalgoals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.SharedPostgres;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How fast read models are rebuilt: seeds an event store with {@code events} goal events (realistic fractal
 * histories, encrypted like real ones), starts the query-service, lets its live processors catch up, then
 * replays the named read models ({@code all}: every one the admin API lists) one after the other while printing
 * the progress the API reports. Prints seeding rate, catch-up time of all read models, and per replay its duration
 * and rate.
 */
final class ReplayBenchmark {

    /** Events/s per replayed read model, and the query-service's peak resident set in MB during the run. */
    record Result(long events, Map<String, Double> eventsPerSecond, long peakRssMegabytes, double coldStartSeconds) {

        double slowest() {
            return eventsPerSecond.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }
    }

    private final Path project;
    private final int events;
    private final List<String> readModels;
    private final Path results;

    /** @param results the directory that gets the table as {@code replay.txt} */
    ReplayBenchmark(Path project, int events, List<String> readModels, Path results) {
        this.project = project;
        this.events = events;
        this.readModels = readModels;
        this.results = results;
    }

    Result run() throws Exception {
        try (ServiceStack stack = ServiceStack.start(project, "bench_replay", List.of("query-service"))) {
            System.out.println(stack.describeStart());
            int fractals = Math.max(1, events / EventSeeder.EVENTS_PER_FRACTAL);
            long seedStart = System.nanoTime();
            new EventSeeder(stack.database(), SharedPostgres.server().user(), SharedPostgres.server().password())
                    .seed(fractals);
            double seedSeconds = seconds(seedStart);
            long seeded = (long) fractals * EventSeeder.EVENTS_PER_FRACTAL;
            System.out.printf("seeded %,d events (%,d fractals) in %.1f s: %,.0f events/s%n", seeded, fractals, seedSeconds,
                              seeded / seedSeconds);

            ApiClient api = new ApiClient(stack.url("query-service"));
            BenchUser admin = new BenchUser("user", "admin");
            long catchUpStart = System.nanoTime();
            ReadModels.awaitCaughtUp(api, admin, seeded);
            System.out.printf("live read models caught up %.1f s after seeding ended%n", seconds(catchUpStart));

            List<String> replayed = readModels.equals(List.of("all")) ? ReadModels.names(api, admin) : readModels;
            Map<String, Double> rates = new LinkedHashMap<>();
            StringBuilder table = new StringBuilder();
            for (String readModel : replayed) {
                table.append(replay(api, admin, readModel, rates)).append('\n');
            }
            System.out.println();
            ResultsFile out = new ResultsFile(results, "replay");
            out.line("replay of %,d seeded events (%,d fractals of %d events)", seeded, fractals,
                     EventSeeder.EVENTS_PER_FRACTAL);
            out.line("%-20s %12s %10s %14s", "read model", "events", "seconds", "events/s");
            table.toString().lines().forEach(line -> out.line("%s", line));
            long peak = stack.rss().overallPeaks().get("query-service");
            out.line("query-service peak RSS during the run: %,d MB", peak);
            out.write();
            System.out.println(stack.describeLogs());
            return new Result(seeded, rates, peak, stack.coldStartSeconds());
        }
    }

    private String replay(ApiClient api, BenchUser admin, String readModel, Map<String, Double> rates)
            throws InterruptedException {
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
                rates.put(readModel, processed / elapsed);
                return String.format("%-20s %,12d %10.1f %,14.0f", readModel, processed, elapsed, processed / elapsed);
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

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
