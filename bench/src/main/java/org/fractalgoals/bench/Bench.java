package org.fractalgoals.bench;

import java.nio.file.Path;

/**
 * Benchmarks of Fractal Goals, run by hand (never as tests): each starts what it measures on this machine
 * and prints its figures.
 *
 * <pre>
 * ./mvnw -q -DskipTests package
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar goal-creation [clients] [seconds]
 * java -jar bench/target/bench-0.1.0-SNAPSHOT.jar snapshot-load [events] [restarts]
 * </pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: bench goal-creation [clients=16] [seconds=20]");
            System.err.println("       bench snapshot-load [events=10000] [restarts=5]");
            System.exit(2);
        }
        Path project = Path.of(System.getProperty("fractal.project", ".")).toAbsolutePath().normalize();
        switch (args[0]) {
            case "goal-creation" -> new GoalCreationBenchmark(project,
                                                              args.length > 1 ? Integer.parseInt(args[1]) : 16,
                                                              args.length > 2 ? Integer.parseInt(args[2]) : 20).run();
            case "snapshot-load" -> new SnapshotLoadBenchmark(project,
                                                              args.length > 1 ? Integer.parseInt(args[1]) : 10_000,
                                                              args.length > 2 ? Integer.parseInt(args[2]) : 5).run();
            default -> {
                System.err.println("unknown benchmark: " + args[0]);
                System.exit(2);
            }
        }
    }
}
