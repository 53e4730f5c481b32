package org.fractalgoals.bench;

import org.fractalgoals.testsupport.ApiClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Command throughput and latency at rising concurrency, and read-your-writes lag under that load. The command- and
 * query-service (and with {@code web=true} the web entry) run from their jars against a fresh PostgreSQL. Each
 * client is its own user with a fractal of {@code goals} goals and loops {@link Practice#practise} (create goal,
 * create session, add instance, start and stop timer, record sets, complete session) for {@code seconds} per step,
 * at each concurrency in {@code clients}; a probe user practises beside them and measures read-your-writes lag
 * ({@link ReadYourWritesProbe}). After a warm-up that is not counted, long enough (16 clients, a minute) for the
 * JIT to have compiled the paths: in a shorter one the compiler threads took a third of the services' CPU. With
 * {@code web=true} the same steps run again through the web entry with users of their own, so that the cost of the
 * hop shows.
 *
 * <p>Options: {@code clients=1,4,16,64 seconds=20 warmup-seconds=60 goals=20 web=false}.
 */
final class CommandMixBenchmark {

    /**
     * One step: the load clients' figures, the probe's lags, the services' peak resident sets (MB) and the CPU time
     * every part of the machine used during it.
     */
    record Step(String path, int clients, double seconds, MixStats stats, ReadYourWritesProbe probe,
                Map<String, Long> rss, CpuTimes.Usage cpu) {

        double commandsPerSecond() {
            return stats.succeeded() / seconds;
        }

        /**
         * CPU milliseconds per command, by part: over the load's and the probe's commands alike (the probe's polls
         * of the read model are in it too, so the figures are a little high).
         */
        Map<String, Double> cpuPerCommand() {
            return cpu.millisPerCommand(stats.succeeded() + probe.succeeded());
        }

        /** The command rate at which this step's cost per command would take every core of the machine. */
        double ceiling() {
            return 1000 * Runtime.getRuntime().availableProcessors() / cpuPerCommand().get("total");
        }
    }

    record Result(List<Step> steps, Map<String, Long> peakRss, double coldStartSeconds) {

        List<Step> direct() {
            return steps.stream().filter(step -> step.path().equals("direct")).toList();
        }

        /** The direct step with the highest command rate, whatever its latency. */
        Optional<Step> fastestDirect() {
            return direct().stream().max(Comparator.comparingDouble(Step::commandsPerSecond));
        }

        /** The lag (polled) of every direct step's samples together. */
        Latencies readYourWrites(boolean withToken) {
            Latencies pooled = new Latencies();
            direct().forEach(step -> pooled.addAll(withToken ? step.probe().withToken() : step.probe().polled()));
            return pooled;
        }
    }

    private final Options options;
    private final List<Integer> clients;
    private final int seconds;
    private final int warmUp;
    private final int goals;
    private final boolean web;

    CommandMixBenchmark(Options options) {
        this.options = options;
        this.clients = options.integers("clients", List.of(1, 4, 16, 64));
        this.seconds = options.integer("seconds", 20);
        this.warmUp = options.integer("warmup-seconds", 60);
        this.goals = options.integer("goals", 20);
        this.web = options.flag("web", false);
    }

    Result run() throws Exception {
        List<String> modules = ServiceStack.services(web);
        try (ServiceStack stack = ServiceStack.start(options.project(), "bench_mix", modules)) {
            System.out.println(stack.describeStart());
            List<Step> steps = new ArrayList<>(steps(stack, "direct", stack.url("command-service"),
                                                     stack.url("query-service")));
            if (web) {
                steps.addAll(steps(stack, "web", stack.url("web"), stack.url("web")));
            }
            Result result = new Result(steps, stack.rss().overallPeaks(), stack.coldStartSeconds());
            print(result, stack);
            return result;
        }
    }

    private List<Step> steps(ServiceStack stack, String path, String writeUrl, String readUrl) throws Exception {
        ApiClient write = new ApiClient(writeUrl);
        ApiClient read = new ApiClient(readUrl);
        int users = Collections.max(clients);
        long started = System.nanoTime();
        List<Practice> practices = Collections.synchronizedList(new ArrayList<>());
        Parallel.run(4, users + 1, index -> practices.add(Practice.create(write, read, goals)));
        Practice probeUser = practices.removeLast();
        System.out.printf("%s: %d users with %d goals each set up in %.1f s%n", path, users + 1, goals,
                          (System.nanoTime() - started) / 1e9);
        Step warm = step(stack, path, Math.min(16, users), warmUp, practices, probeUser, read);
        System.out.printf("%s: warm-up %d clients %d s: %.0f commands/s (not counted)%n", path, warm.clients(), warmUp,
                          warm.commandsPerSecond());
        List<Step> steps = new ArrayList<>();
        for (int count : clients) {
            Step step = step(stack, path, count, seconds, practices, probeUser, read);
            System.out.printf("%s: %d clients: %.0f commands/s, p99 %.1f ms, %d errors%n", path, count,
                              step.commandsPerSecond(), step.stats().overall().percentile(99), step.stats().failed());
            steps.add(step);
        }
        return steps;
    }

    private Step step(ServiceStack stack, String path, int count, int duration, List<Practice> practices,
                      Practice probeUser, ApiClient read) throws InterruptedException {
        MixStats stats = new MixStats();
        ReadYourWritesProbe probe = new ReadYourWritesProbe(read, probeUser.user());
        stack.rss().takePeaks();
        CpuTimes.Snapshot cpuBefore = stack.cpu().take();
        long started = System.nanoTime();
        long end = started + duration * 1_000_000_000L;
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Practice practice = practices.get(i);
            load.add(Thread.ofPlatform().name("client-" + i).start(() -> {
                while (System.nanoTime() < end) {
                    practice.practise(stats);
                }
            }));
        }
        Thread prober = Thread.ofPlatform().name("probe").start(() -> {
            while (System.nanoTime() < end) {
                probeUser.practise(probe);
            }
        });
        for (Thread thread : load) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        prober.join();
        CpuTimes.Usage cpu = CpuTimes.between(cpuBefore, stack.cpu().take());
        return new Step(path, count, elapsed, stats, probe, stack.rss().takePeaks(), cpu);
    }

    private void print(Result result, ServiceStack stack) {
        ResultsFile out = new ResultsFile(options, "command-mix");
        out.line("command mix (create goal, create session, add instance, start/stop timer, record sets, complete "
                         + "session); %d s per step after a %d s warm-up; %d cores", seconds, warmUp,
                 Runtime.getRuntime().availableProcessors());
        out.line("%s", stack.describeStart());
        out.line("%-7s %7s %9s %10s %8s %8s %8s %8s %7s  %s", "path", "clients", "commands", "commands/s", "p50 ms",
                 "p95 ms", "p99 ms", "max ms", "errors", "peak RSS MB");
        for (Step step : result.steps()) {
            Latencies all = step.stats().overall();
            out.line("%-7s %7d %9d %10.0f %8.1f %8.1f %8.1f %8.1f %7d  %s", step.path(), step.clients(),
                     step.stats().succeeded(), step.commandsPerSecond(), all.percentile(50), all.percentile(95),
                     all.percentile(99), all.max(), step.stats().failed(), step.rss());
        }
        out.line("");
        out.line("per command kind");
        out.line("%-7s %7s %-17s %8s %8s %8s %8s", "path", "clients", "command", "count", "p50 ms", "p95 ms", "p99 ms");
        for (Step step : result.steps()) {
            for (CommandKind kind : CommandKind.values()) {
                Latencies latencies = step.stats().of(kind);
                out.line("%-7s %7d %-17s %8d %8.1f %8.1f %8.1f", step.path(), step.clients(), kind.label,
                         latencies.count(), latencies.percentile(50), latencies.percentile(95), latencies.percentile(99));
            }
        }
        out.line("");
        out.line("answers other than 2xx");
        for (Step step : result.steps()) {
            out.line("%-7s %7d  %s", step.path(), step.clients(),
                     step.stats().errors().isEmpty() ? "none" : step.stats().errors());
        }
        out.line("");
        printCpu(out, result);
        out.line("");
        out.line("read-your-writes lag (command 2xx → effect visible; goal created, session completed)");
        out.line("%-7s %7s %-30s %8s %8s %8s %8s  %s", "path", "clients", "how", "samples", "p50 ms", "p95 ms",
                 "p99 ms", "failures");
        for (Step step : result.steps()) {
            lagLine(out, step, "polled (read model's lag)", step.probe().polled());
            lagLine(out, step, "one query, X-Consistency-Token", step.probe().withToken());
        }
        out.line("");
        out.line("peak RSS MB over the run: %s", result.peakRss());
        out.write();
    }

    private static void printCpu(ResultsFile out, Result result) {
        out.line("CPU per command, ms (each part's CPU time over the step ÷ the commands answered, the probe's included;");
        out.line("other: the rest of the machine); cores busy; ceiling: the rate at which that cost takes every core");
        List<String> parts = List.copyOf(result.steps().getFirst().cpuPerCommand().keySet());
        StringBuilder header = new StringBuilder(String.format("%-7s %7s", "path", "clients"));
        parts.forEach(part -> header.append(String.format(" %15s", part)));
        out.line("%s %11s %10s", header, "cores busy", "ceiling/s");
        for (Step step : result.steps()) {
            StringBuilder line = new StringBuilder(String.format("%-7s %7d", step.path(), step.clients()));
            step.cpuPerCommand().values().forEach(millis -> line.append(String.format(" %15.2f", millis)));
            out.line("%s %11.2f %10.0f", line, step.cpu().coresBusy(), step.ceiling());
        }
    }

    private static void lagLine(ResultsFile out, Step step, String how, Latencies lag) {
        out.line("%-7s %7d %-30s %8d %8.1f %8.1f %8.1f  %s", step.path(), step.clients(), how, lag.count(),
                 lag.percentile(50), lag.percentile(95), lag.percentile(99),
                 step.probe().failures().isEmpty() ? "none" : step.probe().failures());
    }
}
