package org.fractalgoals.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.fractalgoals.bench.FractalHistoryGenerator.History;
import org.fractalgoals.testsupport.SharedPostgres;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How fast the goal tree answers as of a past instant on a large fractal: both services run from their jars against
 * a fresh PostgreSQL; one fractal gets {@code goals} goals and edits up to {@code events} events through the
 * command API; then the query-service answers the tree as of early, middle and late instants of that history and as
 * of now, each first once and then {@code repeats} times in a row, beside the live tree. Prints a table.
 */
final class TimeTravelBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path project;
    private final int goals;
    private final int events;
    private final int clients;
    private final int repeats;

    TimeTravelBenchmark(Path project, int goals, int events, int clients, int repeats) {
        this.project = project;
        this.goals = goals;
        this.events = events;
        this.clients = clients;
        this.repeats = repeats;
    }

    void run() throws Exception {
        String database = SharedPostgres.newDatabase("bench");
        BenchUser user = new BenchUser();
        try (ServiceProcess commands = ServiceProcess.start(project, "command-service", database);
             ServiceProcess queries = ServiceProcess.start(project, "query-service", database)) {
            commands.awaitReady();
            queries.awaitReady();
            History history = new FractalHistoryGenerator(commands.baseUrl(), user, goals, events, clients).generate();
            Reader reader = new Reader(queries.baseUrl(), user, history.fractalId());
            reader.awaitLiveVersion(history.events() - 1);
            measure(reader, history);
        }
    }

    private void measure(Reader reader, History history) throws Exception {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("live tree", null));
        String[] names = {"asOf early (5 %)", "asOf middle (50 %)", "asOf late (90 %)"};
        for (int i = 0; i < names.length; i++) {
            if (history.marks().get(i) != null) {
                cases.add(new Case(names[i], history.marks().get(i)));
            }
        }
        cases.add(new Case("asOf now", history.end()));
        System.out.printf("%ntree of one fractal with %,d goals and %,d events; %d requests after a first one; "
                                  + "%d cores%n", goals, history.events(), repeats, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-20s %-27s %9s %8s %8s %8s %7s %10s%n", "what", "asOf", "first ms", "p50 ms", "p95 ms",
                          "max ms", "goals", "bytes");
        for (Case next : cases) {
            long started = System.nanoTime();
            Answer first = reader.tree(next.asOf());
            double firstMillis = (System.nanoTime() - started) / 1e6;
            Latencies latencies = new Latencies();
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                reader.tree(next.asOf());
                latencies.add(start);
            }
            System.out.printf("%-20s %-27s %9.1f %8.1f %8.1f %8.1f %7d %10d%n", next.name(),
                              next.asOf() == null ? "-" : next.asOf().toString(), firstMillis,
                              latencies.percentile(50), latencies.percentile(95), latencies.max(), first.goals(),
                              first.bytes());
        }
    }

    private record Case(String name, Instant asOf) {
    }

    private record Answer(int goals, int bytes, String etag) {
    }

    /** Reads the tree from the query-service; only the answer's arrival is timed, not reading its JSON. */
    private static final class Reader {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String baseUrl;
        private final BenchUser user;
        private final String fractalId;

        Reader(String baseUrl, BenchUser user, String fractalId) {
            this.baseUrl = baseUrl;
            this.user = user;
            this.fractalId = fractalId;
        }

        Answer tree(Instant asOf) throws Exception {
            String query = asOf == null ? "" : "?asOf=" + asOf;
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/fractals/" + fractalId + "/tree" + query))
                               .header("Authorization", "Bearer " + user.token()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("tree" + query + " answered " + response.statusCode() + ": "
                                                        + new String(response.body()));
            }
            return new Answer(JSON.readTree(response.body()).get("subtreeGoalCount").asInt(), response.body().length,
                              response.headers().firstValue("ETag").orElse(""));
        }

        /** The read model catches up with the last event before the live tree is worth timing. */
        void awaitLiveVersion(long version) throws Exception {
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (!tree(null).etag().equals("\"" + version + "\"")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the goal-tree read model did not reach version " + version);
                }
                Thread.sleep(1000);
            }
        }
    }
}
