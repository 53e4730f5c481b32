package org.fractalgoals.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmarks of Fractal Goals, run by hand (never as tests): each starts what it measures on this machine
 * and prints its figures.
 *
 * <pre>
 * ./mvnw -q -DskipTests package
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar goal-creation [clients] [seconds]
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar replay [events] [read-model,...] (table also in bench/results/replay.txt)
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar time-travel [goals] [events] [clients] [repeats]
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar snapshot-load [events] [restarts]
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar analytics [sessions] [repeats] [clients]
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar command-mix [clients=1,4,16,64] [seconds=20] [warmup-seconds=60] [goals=20] [web=false]
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar queries [trees=1000,10000] [sessions=200] [warmup=300] [repeats=200] [web=true]
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar export [export-events=100000] [export-runs=3] [web=false]
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar pgbench [pg-seconds=10] [pg-clients=1,8]
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar all [any of the above] [replay-events=1000000] [replay-models=all]
 * </pre>
 * The newer benchmarks take {@code key=value} options, all optional, and {@code results=<dir>} (default
 * {@code bench/results}) for where their tables are written.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: bench goal-creation [clients=16] [seconds=20]");
            System.err.println("       bench replay [events=1000000] [read-models=goal-tree]");
            System.err.println("       bench time-travel [goals=10000] [events=100000] [clients=8] [repeats=20]");
            System.err.println("       bench snapshot-load [events=10000] [restarts=5]");
            System.err.println("       bench analytics [sessions=5000] [repeats=50] [clients=8]");
            System.err.println("       bench command-mix [clients=1,4,16,64] [seconds=20] [warmup-seconds=60] [goals=20] [web=false]");
            System.err.println("       bench queries [trees=1000,10000] [sessions=200] [warmup=300] [repeats=200] [web=true]");
            System.err.println("       bench export [export-events=100000] [export-runs=3] [web=false]");
            System.err.println("       bench pgbench [pg-seconds=10] [pg-clients=1,8]");
            System.err.println("       bench all [options of the above] [replay-events=1000000] [replay-models=all]");
            System.err.println("       (key=value options; results=<dir> to write the tables elsewhere than bench/results)");
            System.exit(2);
        }
        Path project = Path.of(System.getProperty("fractal.project", ".")).toAbsolutePath().normalize();
        EmbeddedDefaultDatabase.start(project);
        switch (args[0]) {
            case "goal-creation" -> new GoalCreationBenchmark(project,
                                                              argument(args, 1, 16), argument(args, 2, 20)).run();
            case "time-travel" -> new TimeTravelBenchmark(project, argument(args, 1, 10_000), argument(args, 2, 100_000),
                                                          argument(args, 3, 8), argument(args, 4, 20)).run();
            case "replay" -> {
                String[] positional = Arrays.stream(args).filter(arg -> arg.indexOf('=') < 1).toArray(String[]::new);
                String[] keyValues = Arrays.stream(args).skip(1).filter(arg -> arg.indexOf('=') > 0).toArray(String[]::new);
                new ReplayBenchmark(project, argument(positional, 1, 1_000_000),
                                    List.of((positional.length > 2 ? positional[2] : "goal-tree").split(",")),
                                    new Options(project, keyValues).results()).run();
            }
            case "snapshot-load" -> new SnapshotLoadBenchmark(project, argument(args, 1, 10_000), argument(args, 2, 5)).run();
            case "analytics" -> new AnalyticsBenchmark(project, argument(args, 1, 5_000), argument(args, 2, 50),
                                                       argument(args, 3, 8)).run();
            case "command-mix" -> new CommandMixBenchmark(options(project, args)).run();
            case "queries" -> new QueryBenchmark(options(project, args)).run();
            case "export" -> new ExportBenchmark(options(project, args)).run();
            case "pgbench" -> new PgBaseline(options(project, args)).run();
            case "all", "summary" -> new Summary(options(project, args)).run();
            default -> {
                System.err.println("unknown benchmark: " + args[0]);
                System.exit(2);
            }
        }
    }

    private static Options options(Path project, String[] args) {
        return new Options(project, Arrays.copyOfRange(args, 1, args.length));
    }

    private static int argument(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
