package org.fractalgoals.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code bench all}: runs the benchmarks that issue 13's targets are about (command mix with read-your-writes, queries,
 * replay of every read model, export, the pgbench baseline), each on its own fresh database with its own services,
 * one after the other, then prints one table of the figures with PASS or MISS per target, computed from what was
 * measured, and writes it to {@code summary.txt} in the results directory. A benchmark that fails leaves its targets
 * NOT RUN and the others still run. Takes every option of the benchmarks it runs, plus {@code replay-events} and
 * {@code replay-models}.
 */
final class Summary {

    private static final double COMMANDS_PER_SECOND = 1_000;
    private static final double COMMAND_P99_MILLIS = 50;
    private static final double READ_YOUR_WRITES_P99_MILLIS = 100;
    private static final int SMALL_TREE = 1_000;
    private static final double SMALL_TREE_P95_MILLIS = 20;
    private static final int LARGE_TREE = 10_000;
    private static final double LARGE_TREE_P95_MILLIS = 150;
    private static final int REPLAY_EVENTS = 1_000_000;
    private static final double REPLAY_EVENTS_PER_SECOND = 20_000;
    private static final int EXPORT_EVENTS = 100_000;
    private static final double EXPORT_SECONDS = 5;
    private static final long RSS_MEGABYTES = 400;

    private final Options options;
    private final List<String> rows = new ArrayList<>();

    Summary(Options options) {
        this.options = options;
    }

    void run() {
        int replayEvents = options.integer("replay-events", REPLAY_EVENTS);
        CommandMixBenchmark.Result mix = attempt("command-mix", () -> new CommandMixBenchmark(options).run());
        QueryBenchmark.Result queries = attempt("queries", () -> new QueryBenchmark(options).run());
        ReplayBenchmark.Result replay = attempt("replay", () -> new ReplayBenchmark(
                options.project(), replayEvents, Arrays.asList(options.text("replay-models", "all").split(",")),
                options.results()).run());
        ExportBenchmark.Result export = attempt("export", () -> new ExportBenchmark(options).run());
        PgBaseline.Result pg = attempt("pgbench", () -> new PgBaseline(options).run());

        ResultsFile out = new ResultsFile(options, "summary");
        out.line("issue 13 targets, direct to the services; %d cores; %s", Runtime.getRuntime().availableProcessors(),
                 java.time.Instant.now());
        out.line("%-40s %-44s %-34s %s", "target", "measured", "limit", "verdict");
        commands(mix);
        trees(queries);
        replay(replay, replayEvents);
        export(export);
        memory(mix, queries, replay, export);
        rows.forEach(row -> out.line("%s", row));
        out.line("");
        out.line("for reference (no target)");
        if (mix != null) {
            out.line("  cold start of command- and query-service%s: %.1f s to every readiness probe UP",
                     mix.steps().stream().anyMatch(step -> step.path().equals("web")) ? " and web entry" : "",
                     mix.coldStartSeconds());
            out.line("  read-your-writes with X-Consistency-Token, p99: %.1f ms", mix.readYourWrites(true).percentile(99));
            mix.fastestDirect().ifPresent(step -> out.line(
                    "  CPU per command at the fastest direct step (%d clients), ms: %s; at that cost the %d cores are "
                            + "all busy at %,.0f commands/s",
                    step.clients(), describe(step.cpuPerCommand()), Runtime.getRuntime().availableProcessors(),
                    step.ceiling()));
        }
        if (pg != null) {
            pg.tps().forEach((clients, tps) -> out.line("  pgbench single-row inserts, %d client(s): %,.0f/s", clients, tps));
            if (mix != null) {
                double best = mix.fastestDirect().map(CommandMixBenchmark.Step::commandsPerSecond).orElse(0.0);
                double database = pg.tps().values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
                out.line("  best command rate as a share of the best pgbench insert rate: %.1f %%", 100 * best / database);
            }
        }
        out.write();
    }

    private static String describe(Map<String, Double> millisPerPart) {
        return String.join(", ", millisPerPart.entrySet().stream()
                                              .map(part -> String.format("%s %.2f", part.getKey(), part.getValue()))
                                              .toList());
    }

    private void commands(CommandMixBenchmark.Result mix) {
        String target = String.format("≥ %,.0f commands/s at p99 ≤ %.0f ms", COMMANDS_PER_SECOND, COMMAND_P99_MILLIS);
        if (mix == null) {
            notRun("command throughput", target);
            notRun("read-your-writes p99", "≤ 100 ms");
            return;
        }
        Optional<CommandMixBenchmark.Step> best =
                mix.direct().stream().filter(step -> step.stats().overall().percentile(99) <= COMMAND_P99_MILLIS)
                   .max(Comparator.comparingDouble(CommandMixBenchmark.Step::commandsPerSecond));
        String measured = best.map(step -> String.format("%,.0f/s at p99 %.1f ms (%d clients)", step.commandsPerSecond(),
                                                         step.stats().overall().percentile(99), step.clients()))
                              .orElseGet(() -> fastest(mix) + ", p99 over " + (int) COMMAND_P99_MILLIS + " ms");
        row("command throughput", measured, target,
            best.isPresent() && best.get().commandsPerSecond() >= COMMANDS_PER_SECOND, "");
        double lag = mix.readYourWrites(false).percentile(99);
        row("read-your-writes p99 (polled, all steps)", String.format("%.1f ms (%d samples)", lag,
                                                                      mix.readYourWrites(false).count()),
            String.format("≤ %.0f ms", READ_YOUR_WRITES_P99_MILLIS), lag <= READ_YOUR_WRITES_P99_MILLIS, "");
    }

    private static String fastest(CommandMixBenchmark.Result mix) {
        return mix.fastestDirect()
                  .map(step -> String.format("best %,.0f/s at p99 %.1f ms", step.commandsPerSecond(),
                                             step.stats().overall().percentile(99)))
                  .orElse("no step");
    }

    private void trees(QueryBenchmark.Result queries) {
        tree(queries, SMALL_TREE, SMALL_TREE_P95_MILLIS);
        tree(queries, LARGE_TREE, LARGE_TREE_P95_MILLIS);
    }

    private void tree(QueryBenchmark.Result queries, int goals, double limit) {
        String what = String.format("goal tree of %,d goals, p95", goals);
        String target = String.format("≤ %.0f ms", limit);
        Latencies tree = queries == null ? null : queries.directTree(goals);
        if (tree == null) {
            notRun(what, target);
        } else {
            row(what, String.format("%.1f ms", tree.percentile(95)), target, tree.percentile(95) <= limit, "");
        }
    }

    private void replay(ReplayBenchmark.Result replay, int events) {
        String target = String.format("≥ %,.0f events/s", REPLAY_EVENTS_PER_SECOND);
        if (replay == null) {
            notRun("replay, slowest read model", target);
            return;
        }
        String slowest = replay.eventsPerSecond().entrySet().stream().min(Map.Entry.comparingByValue())
                               .map(Map.Entry::getKey).orElse("none");
        row("replay, slowest read model", String.format("%,.0f events/s (%s)", replay.slowest(), slowest), target,
            replay.slowest() >= REPLAY_EVENTS_PER_SECOND, sizeNote(replay.events(), REPLAY_EVENTS));
    }

    private void export(ExportBenchmark.Result export) {
        String target = String.format("≤ %.0f s", EXPORT_SECONDS);
        if (export == null) {
            notRun("export, median", target);
            return;
        }
        row("export, median", String.format("%.2f s", export.medianSeconds()), target,
            export.medianSeconds() <= EXPORT_SECONDS, sizeNote(export.events(), EXPORT_EVENTS));
    }

    /** Each service's highest resident set in any benchmark that ran it. */
    private void memory(CommandMixBenchmark.Result mix, QueryBenchmark.Result queries, ReplayBenchmark.Result replay,
                        ExportBenchmark.Result export) {
        Map<String, Long> peaks = new TreeMap<>();
        if (mix != null) {
            mix.peakRss().forEach((service, mb) -> peaks.merge(service, mb, Math::max));
        }
        if (queries != null) {
            queries.peakRss().forEach((service, mb) -> peaks.merge(service, mb, Math::max));
        }
        if (replay != null) {
            peaks.merge("query-service", replay.peakRssMegabytes(), Math::max);
        }
        if (export != null) {
            export.peakRss().forEach((service, mb) -> peaks.merge(service, mb, Math::max));
        }
        String target = String.format("≤ %d MB", RSS_MEGABYTES);
        if (peaks.isEmpty()) {
            notRun("RSS of each service", target);
        }
        peaks.forEach((service, mb) -> row("peak RSS, " + service, mb < 0 ? "unknown" : String.format("%,d MB", mb),
                                           target, mb >= 0 && mb <= RSS_MEGABYTES, ""));
    }

    private static String sizeNote(long measured, long target) {
        return measured == target ? "" : String.format(" (at %,d events, not the target's %,d)", measured, target);
    }

    private void row(String what, String measured, String target, boolean pass, String note) {
        rows.add(String.format("%-40s %-44s %-34s %s%s", what, measured, target, pass ? "PASS" : "MISS", note));
    }

    private void notRun(String what, String target) {
        rows.add(String.format("%-40s %-44s %-34s %s", what, "-", target, "NOT RUN"));
    }

    private static <T> T attempt(String name, Callable<T> benchmark) {
        System.out.println("=== " + name);
        try {
            return benchmark.call();
        } catch (Exception e) {
            System.out.println(name + " failed: " + e);
            e.printStackTrace();
            return null;
        }
    }
}
