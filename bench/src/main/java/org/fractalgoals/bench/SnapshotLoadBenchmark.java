package org.fractalgoals.bench;

import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.SharedPostgres;
import org.fractalgoals.testsupport.TestTokens;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * What a snapshot saves when a long fractal is loaded cold: the command-service runs from its jar against a fresh
 * database, one fractal gets a stream of N events through the API, then the service is restarted R times (so that
 * its cache is empty) and the first command on that fractal is timed, (a) with the snapshots the service took while
 * the stream grew, (b) with them deleted and the trigger set too high to fire. A warm command (the fractal in the
 * cache) is timed for reference.
 *
 * <p>Before each timed command the restarted service answers commands on another fractal, itself long enough to be
 * loaded the same way (from a snapshot in (a), from all its events in (b)): the process's one-time costs (web,
 * security, connections, the first use of each serializer) are paid there, so that the timed command shows what
 * loading the long fractal costs.
 */
final class SnapshotLoadBenchmark {

    private static final int GOALS = 400;
    private static final int WARM_UP_EVENTS = 300;
    private static final int WARM_UP_GOALS = 20;
    private static final int WARM_UP_COMMANDS = 50;
    private static final int WARM_COMMANDS = 20;
    /** Far more events than any stream here, so that the trigger never fires. */
    private static final String NEVER = "1000000000";

    private final Path project;
    private final int events;
    private final int rounds;

    private final String database = SharedPostgres.newDatabase("bench_snapshots");
    private final String token = TestTokens.forUser(TestTokens.newUserId());

    SnapshotLoadBenchmark(Path project, int events, int rounds) {
        this.project = project;
        this.events = events;
        this.rounds = rounds;
    }

    void run() throws Exception {
        LongFractal fractal;
        LongFractal warmUpFractal;
        List<Long> warm = new ArrayList<>();
        try (ServiceProcess service = ServiceProcess.start(project, "command-service", database)) {
            service.awaitReady();
            ApiClient api = new ApiClient(service.baseUrl());
            long started = System.nanoTime();
            fractal = LongFractal.write(api, token, events, Math.min(GOALS, events - 2));
            System.out.printf("wrote one fractal of %,d events through the API in %.0f s%n", eventCount(fractal.id()),
                              (System.nanoTime() - started) / 1e9);
            warmUpFractal = LongFractal.write(api, token, WARM_UP_EVENTS, WARM_UP_GOALS);
            warmUp(api, warmUpFractal);
            for (int i = 0; i < WARM_COMMANDS; i++) {
                warm.add(timedRename(api, fractal));
            }
        }

        List<Cold> withSnapshots = coldLoads(fractal, warmUpFractal, Map.of());
        long snapshotBytes = queryLong("select coalesce(max(length(payload)), 0) from eventstore.snapshotevententry"
                                               + " where aggregateidentifier = ?", fractal.id());
        int deleted = deleteSnapshots(fractal.id()) + deleteSnapshots(warmUpFractal.id());
        List<Cold> withoutSnapshots = coldLoads(fractal, warmUpFractal, Map.of("FRACTAL_SNAPSHOTS_EVERY", NEVER));

        System.out.printf("%nthe fractal's snapshot: %,d bytes of JSON for %d goals%n", snapshotBytes,
                          fractal.goals().size() + 1);
        System.out.printf("first command on the fractal after a restart (a rename), %d restarts each;"
                                  + " warm for reference%n", rounds);
        System.out.printf("%-44s %-36s %9s %9s %9s%n", "variant", "events read", "min ms", "median ms", "max ms");
        print("(a) snapshots (every 250 events, default)", eventsRead(withSnapshots), millis(withSnapshots));
        print("(b) no snapshots (" + deleted + " deleted, trigger off)", eventsRead(withoutSnapshots),
              millis(withoutSnapshots));
        print("warm (aggregate in the cache)", "none", warm);
        if (withoutSnapshots.stream().anyMatch(cold -> cold.snapshotAfter() >= 0)) {
            System.out.println("WARNING: a snapshot was taken in variant (b): the trigger was not off");
        }
        withSnapshots.stream().filter(cold -> cold.snapshotAfter() != cold.snapshotBefore()).findAny().ifPresent(
                cold -> System.out.println("note: a round of (a) took a new snapshot inside the timed command"));
    }

    /** Restarts the service {@code rounds} times and times the first command on the long fractal after each. */
    private List<Cold> coldLoads(LongFractal fractal, LongFractal warmUpFractal, Map<String, String> environment)
            throws Exception {
        List<Cold> loads = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            try (ServiceProcess service = ServiceProcess.start(project, "command-service", database, environment)) {
                service.awaitReady();
                ApiClient api = new ApiClient(service.baseUrl());
                warmUp(api, warmUpFractal);
                long snapshotBefore = snapshotSequence(fractal.id());
                long lastBefore = eventCount(fractal.id()) - 1;
                long nanos = timedRename(api, fractal);
                loads.add(new Cold(nanos, snapshotBefore, lastBefore, snapshotSequence(fractal.id())));
            }
        }
        return loads;
    }

    /** The timed command, on another fractal first: the process's one-time costs are paid there. */
    private void warmUp(ApiClient api, LongFractal warmUpFractal) {
        for (int i = 0; i < WARM_UP_COMMANDS; i++) {
            timedRename(api, warmUpFractal);
        }
    }

    private long timedRename(ApiClient api, LongFractal fractal) {
        UUID goal = fractal.goals().getFirst();
        long start = System.nanoTime();
        Response response = api.patch("/api/v1/fractals/" + fractal.id() + "/goals/" + goal,
                                      Map.of("name", "Renamed " + start)).token(token).send();
        long nanos = System.nanoTime() - start;
        if (response.status() != 200) {
            throw new IllegalStateException("A rename answered " + response);
        }
        return nanos;
    }

    /** One cold load: its time, and where the stream stood (-1: no snapshot). */
    private record Cold(long nanos, long snapshotBefore, long lastBefore, long snapshotAfter) {
    }

    /** What the loads read: a snapshot and the events after it, or all events. */
    private static String eventsRead(List<Cold> loads) {
        if (loads.stream().allMatch(cold -> cold.snapshotBefore() < 0)) {
            return range(loads, cold -> cold.lastBefore() + 1) + " events";
        }
        return "snapshot at " + range(loads, Cold::snapshotBefore) + " + "
                + range(loads, cold -> cold.lastBefore() - cold.snapshotBefore()) + " events";
    }

    private static String range(List<Cold> loads, ToLongFunction<Cold> value) {
        LongSummaryStatistics values = loads.stream().mapToLong(value).summaryStatistics();
        return values.getMin() == values.getMax() ? String.format("%,d", values.getMin())
                                                  : String.format("%,d–%,d", values.getMin(), values.getMax());
    }

    private static List<Long> millis(List<Cold> loads) {
        return loads.stream().map(Cold::nanos).toList();
    }

    private static void print(String variant, String eventsRead, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf("%-44s %-36s %9.1f %9.1f %9.1f%n", variant, eventsRead, sorted.getFirst() / 1e6,
                          median(sorted) / 1e6, sorted.getLast() / 1e6);
    }

    private static double median(List<Long> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private long eventCount(UUID aggregate) throws SQLException {
        return queryLong("select count(*) from eventstore.domainevententry where aggregateidentifier = ?", aggregate);
    }

    private long snapshotSequence(UUID aggregate) throws SQLException {
        return queryLong("select coalesce(max(sequencenumber), -1) from eventstore.snapshotevententry"
                                 + " where aggregateidentifier = ?", aggregate);
    }

    /** Snapshots are a cache: deleting them only makes the next load replay all events. */
    private int deleteSnapshots(UUID aggregate) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from eventstore.snapshotevententry where aggregateidentifier = ?")) {
            delete.setString(1, aggregate.toString());
            return delete.executeUpdate();
        }
    }

    private long queryLong(String sql, UUID aggregate) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, aggregate.toString());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private Connection connect() throws SQLException {
        SharedPostgres.Server server = SharedPostgres.server();
        return DriverManager.getConnection(database, server.user(), server.password());
    }

}
