package org.fractalgoals.bench;

import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.SharedPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long a user waits for the export of a large account: one user owns {@code export-events} goal events (whole
 * fractal histories, seeded with {@link EventSeeder} exactly as the command-service writes them, personal text
 * encrypted with the user's key); the query-service, from its jar against a fresh PostgreSQL, catches up and then
 * answers {@code GET /api/v1/me/export} {@code export-runs} times in a row, each timed from the request to the last
 * byte, checked to be a whole JSON document, through the web entry too with {@code web=true}.
 *
 * <p>Options: {@code export-events=100000 export-runs=3 web=false}.
 */
final class ExportBenchmark {

    record Run(String path, double seconds, long bytes) {
    }

    record Result(long events, List<Run> runs, Map<String, Long> peakRss, double coldStartSeconds) {

        /** The median duration of the direct runs (the upper one of an even count). */
        double medianSeconds() {
            List<Double> direct = runs.stream().filter(run -> run.path().equals("direct")).map(Run::seconds).sorted()
                                      .toList();
            return direct.isEmpty() ? Double.NaN : direct.get(direct.size() / 2);
        }
    }

    private final Options options;
    private final int events;
    private final int runs;
    private final boolean web;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ExportBenchmark(Options options) {
        this.options = options;
        this.events = options.integer("export-events", 100_000);
        this.runs = options.integer("export-runs", 3);
        this.web = options.flag("web", false);
    }

    Result run() throws Exception {
        List<String> modules = web ? List.of("query-service", "web") : List.of("query-service");
        try (ServiceStack stack = ServiceStack.start(options.project(), "bench_export", modules)) {
            System.out.println(stack.describeStart());
            BenchUser owner = BenchUser.withId(java.util.UUID.randomUUID().toString());
            int fractals = Math.max(1, events / EventSeeder.EVENTS_PER_FRACTAL);
            long seeded = (long) fractals * EventSeeder.EVENTS_PER_FRACTAL;
            long started = System.nanoTime();
            new EventSeeder(stack.database(), SharedPostgres.server().user(), SharedPostgres.server().password())
                    .seedFor(owner.id(), fractals);
            System.out.printf("seeded %,d events (%,d fractals) of one user in %.1f s%n", seeded, fractals,
                              (System.nanoTime() - started) / 1e9);
            ReadModels.awaitCaughtUp(new ApiClient(stack.url("query-service")), new BenchUser("user", "admin"), seeded);
            Databases.vacuum(stack.database());
            stack.rss().takePeaks();
            List<Run> measured = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                measured.add(export("direct", stack.url("query-service"), owner));
                if (web) {
                    measured.add(export("web", stack.url("web"), owner));
                }
            }
            Result result = new Result(seeded, measured, stack.rss().takePeaks(), stack.coldStartSeconds());
            print(result, stack);
            return result;
        }
    }

    private Run export(String path, String baseUrl, BenchUser owner) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/me/export"))
                                         .header("Authorization", "Bearer " + owner.token())
                                         .timeout(Duration.ofMinutes(10)).build();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        int last = -1;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = body.read(buffer)) > 0; ) {
                bytes += read;
                for (int i = read - 1; i >= 0; i--) {
                    if (!Character.isWhitespace(buffer[i])) {
                        last = buffer[i];
                        break;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() != 200 || last != '}') {
            throw new IllegalStateException("the export answered " + response.statusCode() + " with " + bytes
                                            + " bytes, " + (last == '}' ? "a whole document" : "not a whole document"));
        }
        return new Run(path, seconds, bytes);
    }

    private void print(Result result, ServiceStack stack) {
        ResultsFile out = new ResultsFile(options, "export");
        out.line("export of one user with %,d events (%,d fractals); %d cores", result.events(),
                 result.events() / EventSeeder.EVENTS_PER_FRACTAL, Runtime.getRuntime().availableProcessors());
        out.line("%s", stack.describeStart());
        out.line("%-4s %-7s %9s %14s %12s", "run", "path", "seconds", "bytes", "events/s");
        int number = 0;
        for (Run run : result.runs()) {
            out.line("%-4d %-7s %9.2f %,14d %,12.0f", ++number, run.path(), run.seconds(), run.bytes(),
                     result.events() / run.seconds());
        }
        out.line("median (direct): %.2f s; peak RSS MB while exporting: %s", result.medianSeconds(), result.peakRss());
        out.write();
    }
}
