package org.fractalgoals.bench;

import org.fractalgoals.bench.FractalHistoryGenerator.History;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How fast the main reads answer: the goal tree of fractals of each size in {@code trees} (written through the
 * command API level by level, as {@link FractalHistoryGenerator} does), and for a user with {@code sessions} practice
 * sessions ({@link Practice}) the session list, one session's detail and an analytics series. All three services
 * run from their jars against a fresh PostgreSQL; once the read models have caught up (and the database is
 * vacuumed), each read is asked once (cold), {@code warmup} times, then {@code repeats} times in a row, measured,
 * directly at the query-service and (unless {@code web=false}) through the web entry.
 *
 * <p>Options: {@code trees=1000,10000 sessions=200 warmup=300 repeats=200 web=true}.
 */
final class QueryBenchmark {

    /** One read on one path; {@code treeGoals} is the tree's size for tree reads, else 0. */
    record Row(String what, String path, int treeGoals, double firstMillis, Latencies latencies, int bytes) {
    }

    record Result(List<Row> rows, Map<String, Long> peakRss, double coldStartSeconds) {

        /** The direct tree read of a fractal of exactly {@code goals} goals, if this run had one. */
        Latencies directTree(int goals) {
            return rows.stream().filter(row -> row.path().equals("direct") && row.treeGoals() == goals)
                       .map(Row::latencies).findFirst().orElse(null);
        }
    }

    private final Options options;
    private final List<Integer> trees;
    private final int sessions;
    private final int warmUp;
    private final int repeats;
    private final boolean web;

    QueryBenchmark(Options options) {
        this.options = options;
        this.trees = options.integers("trees", List.of(1_000, 10_000));
        this.sessions = options.integer("sessions", 200);
        this.warmUp = options.integer("warmup", 300);
        this.repeats = options.integer("repeats", 200);
        this.web = options.flag("web", true);
    }

    Result run() throws Exception {
        List<String> modules = ServiceStack.services(web);
        try (ServiceStack stack = ServiceStack.start(options.project(), "bench_queries", modules)) {
            System.out.println(stack.describeStart());
            ApiClient write = new ApiClient(stack.url("command-service"));
            ApiClient direct = new ApiClient(stack.url("query-service"));
            BenchUser treeOwner = new BenchUser();
            Map<String, String> reads = new LinkedHashMap<>();
            Map<String, Integer> treeSizes = new LinkedHashMap<>();
            for (int goals : trees) {
                History tree = new FractalHistoryGenerator(write.baseUrl(), treeOwner, goals, goals + 1, 4).generate();
                String name = String.format("tree, %,d goals", goals);
                reads.put(name, "/api/v1/fractals/" + tree.fractalId() + "/tree");
                treeSizes.put(name, goals);
            }
            Practice practice = seedSessions(write, direct);
            String sessionsPath = "/api/v1/fractals/" + practice.fractal() + "/sessions";
            ReadModels.awaitNoLag(direct, new BenchUser("user", "admin"));
            Databases.vacuum(stack.database());
            Response list = ok(direct.get(sessionsPath).token(practice.user().token()).send(), sessionsPath);
            reads.put("session list", sessionsPath);
            reads.put("session detail", sessionsPath + "/" + list.body().get("items").get(0).get("id").asText());
            reads.put("analytics series", "/api/v1/fractals/" + practice.fractal() + "/analytics/activities/"
                                          + practice.activity() + "/series?metric=" + practice.tempo() + "&sets=top");

            List<Row> rows = new ArrayList<>();
            for (Map.Entry<String, String> read : reads.entrySet()) {
                BenchUser owner = treeSizes.containsKey(read.getKey()) ? treeOwner : practice.user();
                int size = treeSizes.getOrDefault(read.getKey(), 0);
                rows.add(measure(read.getKey(), "direct", size, direct, read.getValue(), owner));
                if (web) {
                    rows.add(measure(read.getKey(), "web", size, new ApiClient(stack.url("web")), read.getValue(),
                                     owner));
                }
            }
            Result result = new Result(rows, stack.rss().overallPeaks(), stack.coldStartSeconds());
            print(result, stack);
            return result;
        }
    }

    private Practice seedSessions(ApiClient write, ApiClient read) {
        long started = System.nanoTime();
        Practice practice = Practice.create(write, read, 20);
        Practice.Recorder failOnError = (kind, start, end, status, response, effect) -> {
            if (status / 100 != 2) {
                throw new IllegalStateException(kind.label + " answered " + response);
            }
        };
        for (int i = 0; i < sessions; i++) {
            practice.practise(failOnError);
        }
        System.out.printf("seeded %,d completed sessions through the command API in %.1f s%n", sessions,
                          (System.nanoTime() - started) / 1e9);
        return practice;
    }

    private Row measure(String what, String path, int treeGoals, ApiClient api, String url, BenchUser owner) {
        long started = System.nanoTime();
        Response first = ok(api.get(url).token(owner.token()).send(), url);
        double firstMillis = (System.nanoTime() - started) / 1e6;
        for (int i = 0; i < warmUp; i++) {
            ok(api.get(url).token(owner.token()).send(), url);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            ok(api.get(url).token(owner.token()).send(), url);
            latencies.add(start);
        }
        return new Row(what, path, treeGoals, firstMillis, latencies, first.text().length());
    }

    private void print(Result result, ServiceStack stack) {
        ResultsFile out = new ResultsFile(options, "queries");
        out.line("reads, one client: first request, %d to warm up, %d measured; %,d sessions; %d cores", warmUp, repeats,
                 sessions, Runtime.getRuntime().availableProcessors());
        out.line("%s", stack.describeStart());
        out.line("%-20s %-7s %9s %8s %8s %8s %8s %10s", "read", "path", "first ms", "p50 ms", "p95 ms", "p99 ms",
                 "max ms", "bytes");
        for (Row row : result.rows()) {
            Latencies l = row.latencies();
            out.line("%-20s %-7s %9.1f %8.1f %8.1f %8.1f %8.1f %10d", row.what(), row.path(), row.firstMillis(),
                     l.percentile(50), l.percentile(95), l.percentile(99), l.max(), row.bytes());
        }
        out.line("peak RSS MB over the run (seeding included): %s", result.peakRss());
        out.write();
    }

    private static Response ok(Response response, String what) {
        if (response.status() != 200) {
            throw new IllegalStateException(what + " answered " + response);
        }
        return response;
    }
}
