package org.fractalgoals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.SharedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * How fast the analytics answer for a fractal with many sessions: both services run from their jars against a
 * fresh PostgreSQL; one fractal gets a goal tree, one multiplicative activity with sets and {@code sessions}
 * completed sessions spread over the last three years, each linked to one to three goals, with one timed activity
 * instance and two to four sets, all written through the command API. When every read model has caught up, each
 * analytics endpoint is asked once (cold), 50 times to warm up, and then {@code repeats} times in a row, measured
 * (after a {@code vacuum (analyze)} of the freshly seeded database, as autovacuum would have done by then).
 * Prints a table, checks the 50 ms target (p95) and writes the table to {@code bench/results/analytics.txt}.
 */
final class AnalyticsBenchmark {

    private static final double TARGET_MILLIS = 50;
    /** Requests after the first and before the measured ones: a running service has its code compiled long since. */
    private static final int WARM_UP = 50;
    private static final int LONG_TERM = 10;
    private static final int MID_TERM = 50;
    private static final int SHORT_TERM = 200;
    private static final int COMPLETED_GOALS = 60;

    private final Path project;
    private final int sessions;
    private final int repeats;
    private final int clients;
    private final Random random = new Random(20261125);

    AnalyticsBenchmark(Path project, int sessions, int repeats, int clients) {
        this.project = project;
        this.sessions = sessions;
        this.repeats = repeats;
        this.clients = clients;
    }

    void run() throws Exception {
        String database = SharedPostgres.newDatabase("bench");
        BenchUser user = new BenchUser("admin");
        try (ServiceProcess commands = ServiceProcess.start(project, "command-service", database);
             ServiceProcess queries = ServiceProcess.start(project, "query-service", database)) {
            commands.awaitReady();
            queries.awaitReady();
            ApiClient write = new ApiClient(commands.baseUrl());
            ApiClient read = new ApiClient(queries.baseUrl());
            long started = System.nanoTime();
            Seeded seeded = seed(write, read, user);
            System.out.printf("seeded %,d sessions (%,d goals) through the command API in %.0f s%n", sessions,
                              seeded.goals().size(), (System.nanoTime() - started) / 1e9);
            awaitCaughtUp(read, user);
            vacuum(database);
            measure(read, user, seeded);
        }
    }

    private record Seeded(String fractal, List<String> goals, String activity, String tempo, String reps) {
    }

    private Seeded seed(ApiClient write, ApiClient read, BenchUser user) throws Exception {
        String fractal = created(write.post("/api/v1/fractals", Map.of("name", "Become a pianist"))
                                      .token(user.token()).send());
        List<String> goals = new ArrayList<>(List.of(fractal));
        List<String> longTerm = createGoals(write, user, fractal, List.of(fractal), LONG_TERM);
        List<String> midTerm = createGoals(write, user, fractal, longTerm, MID_TERM);
        List<String> shortTerm = createGoals(write, user, fractal, midTerm, SHORT_TERM);
        goals.addAll(longTerm);
        goals.addAll(midTerm);
        goals.addAll(shortTerm);
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("name", "C major scale");
        activity.put("hasSets", true);
        activity.put("hasSplits", false);
        activity.put("hasMetrics", true);
        activity.put("multiplicative", true);
        activity.put("metrics", List.of(Map.of("name", "Tempo", "unit", "bpm", "topSet", true, "multiplicative", true),
                                        Map.of("name", "Reps", "unit", "reps", "topSet", false, "multiplicative", true)));
        activity.put("splits", List.of());
        Response createdActivity = write.post("/api/v1/fractals/" + fractal + "/activities", activity)
                                        .token(user.token()).send();
        String activityId = created(createdActivity);
        JsonNode detail = read.get("/api/v1/fractals/" + fractal + "/activities/" + activityId).token(user.token())
                              .header("X-Consistency-Token", createdActivity.header("X-Consistency-Token").orElseThrow())
                              .send().body();
        String tempo = detail.get("metrics").get(0).get("id").asText();
        String reps = detail.get("metrics").get(1).get("id").asText();

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Duration span = Duration.ofDays(3 * 365);
        inParallel(sessions, index -> {
            Instant start = now.minus(span.multipliedBy(sessions - index).dividedBy(sessions));
            List<String> linked = new ArrayList<>();
            for (int link = 0, count = 1 + index % 3; link < count; link++) {
                linked.add(goals.get(random(goals.size())));
            }
            String session = created(write.post("/api/v1/fractals/" + fractal + "/sessions",
                                                Map.of("name", "Practice " + index, "startedAt", start.toString(),
                                                       "goalIds", linked.stream().distinct().toList()))
                                          .token(user.token()).send());
            String path = "/api/v1/fractals/" + fractal + "/sessions/" + session;
            String instance = created(write.post(path + "/activities", Map.of("activityId", activityId))
                                           .token(user.token()).send());
            Instant timerStart = start.plusSeconds(60);
            ok(write.method("PUT", path + "/activities/" + instance + "/times",
                            Map.of("startedAt", timerStart.toString(),
                                   "stoppedAt", timerStart.plusSeconds(300 + random(1800)).toString()))
                    .token(user.token()).send());
            List<Object> sets = new ArrayList<>();
            for (int set = 0, count = 2 + index % 3; set < count; set++) {
                sets.add(Map.of("values", List.of(Map.of("metricId", tempo, "value", 80 + random(80)),
                                                  Map.of("metricId", reps, "value", 1 + random(8)))));
            }
            ok(write.method("PUT", path + "/activities/" + instance + "/sets", sets).token(user.token()).send());
            ok(write.post(path + "/complete", Map.of()).token(user.token()).send());
        });
        inParallel(COMPLETED_GOALS, index -> ok(write.post("/api/v1/fractals/" + fractal + "/goals/"
                                                                   + shortTerm.get(index) + "/complete", Map.of())
                                                     .token(user.token()).send()));
        return new Seeded(fractal, goals, activityId, tempo, reps);
    }

    private List<String> createGoals(ApiClient write, BenchUser user, String fractal, List<String> parents, int count)
            throws Exception {
        String[] ids = new String[count];
        inParallel(count, index -> ids[index] = created(
                write.post("/api/v1/fractals/" + fractal + "/goals",
                           Map.of("parentId", parents.get(index % parents.size()), "name", "Goal " + index))
                     .token(user.token()).send()));
        return List.of(ids);
    }

    /** Every read model at the head of the event stream, as the admin overview reports it. */
    private static void awaitCaughtUp(ApiClient read, BenchUser user) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (true) {
            JsonNode overview = read.get("/api/v1/admin/projections").token(user.token()).send().body();
            boolean caughtUp = overview != null && overview.has("items") && !overview.get("items").isEmpty();
            for (JsonNode item : overview == null ? List.<JsonNode>of() : iterable(overview.get("items"))) {
                caughtUp &= item.get("lag").asLong() == 0;
            }
            if (caughtUp) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read models did not catch up: " + overview);
            }
            Thread.sleep(1000);
        }
    }

    /**
     * What autovacuum does in a database that has been running for a while: the seeding has just written 25,000
     * commands' worth of rows at once, and without this the first endpoints measured share the cores with it.
     */
    private static void vacuum(String database) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(database, SharedPostgres.server().user(),
                                                                 SharedPostgres.server().password());
             Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze)");
        }
        System.out.printf("vacuum (analyze) of the database in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private void measure(ApiClient read, BenchUser user, Seeded seeded) throws IOException {
        String base = "/api/v1/fractals/" + seeded.fractal() + "/analytics/";
        String activity = "activities/" + seeded.activity();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("activities by last use", "activities");
        cases.put("series Tempo, top set", activity + "/series?metric=" + seeded.tempo() + "&sets=top");
        cases.put("series product, average", activity + "/series?metric=product&sets=average");
        cases.put("scatter Tempo x Reps, top", activity + "/scatter?x=" + seeded.tempo() + "&y=" + seeded.reps()
                                                + "&sets=top");
        cases.put("sessions summary", "sessions/summary");
        cases.put("session trends, week", "sessions/trends?bucket=week&tz=Europe/Berlin");
        cases.put("session trends, month", "sessions/trends?bucket=month&tz=Europe/Berlin");
        cases.put("duration histogram", "sessions/durations?bucketMinutes=15");
        cases.put("streaks", "streaks?tz=Europe/Berlin");
        cases.put("time per goal", "goals/time");
        cases.put("goal completions, month", "goals/completions?bucket=month&tz=Europe/Berlin");

        List<String> lines = new ArrayList<>();
        lines.add(String.format("analytics of one fractal with %,d completed sessions and %,d goals; %d requests measured "
                                        + "after a first one and %d to warm up; %d cores; target p95 < %.0f ms", sessions,
                                seeded.goals().size(), repeats, WARM_UP, Runtime.getRuntime().availableProcessors(),
                                TARGET_MILLIS));
        lines.add(String.format("%-28s %9s %8s %8s %8s %9s  %s", "endpoint", "first ms", "p50 ms", "p95 ms", "max ms",
                                "bytes", "target"));
        int missed = 0;
        for (Map.Entry<String, String> next : cases.entrySet()) {
            long started = System.nanoTime();
            Response first = answered(read.get(base + next.getValue()).token(user.token()).send(), next.getValue());
            double firstMillis = (System.nanoTime() - started) / 1e6;
            for (int i = 0; i < WARM_UP; i++) {
                answered(read.get(base + next.getValue()).token(user.token()).send(), next.getValue());
            }
            Latencies latencies = new Latencies();
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                answered(read.get(base + next.getValue()).token(user.token()).send(), next.getValue());
                latencies.add(start);
            }
            boolean met = latencies.percentile(95) < TARGET_MILLIS;
            missed += met ? 0 : 1;
            lines.add(String.format("%-28s %9.1f %8.1f %8.1f %8.1f %9d  %s", next.getKey(), firstMillis,
                                    latencies.percentile(50), latencies.percentile(95), latencies.max(),
                                    first.text().length(), met ? "met" : "MISSED"));
        }
        lines.add(missed == 0 ? "every endpoint met the target" : missed + " endpoint(s) missed the target");
        lines.forEach(System.out::println);
        Path results = project.resolve("bench/results");
        Files.createDirectories(results);
        Files.write(results.resolve("analytics.txt"), lines);
    }

    private static Response answered(Response response, String what) {
        if (response.status() != 200) {
            throw new IllegalStateException(what + " answered " + response);
        }
        return response;
    }

    private static String created(Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("expected 201, got " + response);
        }
        return response.body().get("id").asText();
    }

    private static void ok(Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("expected 2xx, got " + response);
        }
    }

    private synchronized int random(int bound) {
        return random.nextInt(bound);
    }

    private void inParallel(int count, IntConsumer task) throws Exception {
        Parallel.run(clients, count, task);
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
