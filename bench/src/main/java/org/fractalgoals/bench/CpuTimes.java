package org.fractalgoals.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * CPU time (user and system) the parts of a benchmark run have used, from Linux's {@code /proc}: the services, the
 * database and the load generator (this JVM), and the machine as a whole. Two snapshots around a step, divided by
 * the step's commands, say what one command costs each part: where the cost lies, and how far a rate target is from
 * what the machine's cores can give at that cost.
 */
final class CpuTimes {

    /** Seconds per part in the order the parts were given, plus the machine's busy seconds, at one moment. */
    record Snapshot(Map<String, Double> seconds, double machineBusySeconds, long nanoTime) {
    }

    /** What a step cost: CPU seconds per part, the machine's busy seconds and the step's wall-clock seconds. */
    record Usage(Map<String, Double> seconds, double machineBusySeconds, double wallSeconds) {

        /** Milliseconds of CPU per command for each part, then "other" (the rest of the machine) and "total". */
        Map<String, Double> millisPerCommand(long commands) {
            Map<String, Double> perCommand = new LinkedHashMap<>();
            double parts = 0;
            for (Map.Entry<String, Double> part : seconds.entrySet()) {
                perCommand.put(part.getKey(), 1000 * part.getValue() / commands);
                parts += part.getValue();
            }
            perCommand.put("other", 1000 * Math.max(0, machineBusySeconds - parts) / commands);
            perCommand.put("total", 1000 * Math.max(machineBusySeconds, parts) / commands);
            return perCommand;
        }

        /** How many of the machine's cores were busy on average. */
        double coresBusy() {
            return machineBusySeconds / wallSeconds;
        }
    }

    private static final Path PROC = Path.of("/proc");
    // USER_HZ: the unit of /proc's CPU times; 100 on every Linux this runs on (getconf CLK_TCK).
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Supplier<Double>> parts;

    private CpuTimes(Map<String, Supplier<Double>> parts) {
        this.parts = parts;
    }

    /** The services, the database (its postmaster and every process below it) and the load generator. */
    static CpuTimes of(List<ServiceProcess> services, Optional<ProcessHandle> postmaster) {
        Map<String, Supplier<Double>> parts = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            long pid = service.pid();
            parts.put(service.name(), () -> ownSeconds(pid));
        }
        postmaster.ifPresent(server -> parts.put("database", () -> treeSeconds(server)));
        long self = ProcessHandle.current().pid();
        parts.put("load generator", () -> ownSeconds(self));
        return new CpuTimes(parts);
    }

    Snapshot take() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        parts.forEach((name, reading) -> seconds.put(name, reading.get()));
        return new Snapshot(seconds, machineBusySeconds(), System.nanoTime());
    }

    static Usage between(Snapshot from, Snapshot to) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        from.seconds().forEach((name, before) -> seconds.put(name, Math.max(0, to.seconds().get(name) - before)));
        return new Usage(seconds, to.machineBusySeconds() - from.machineBusySeconds(),
                         (to.nanoTime() - from.nanoTime()) / 1e9);
    }

    /** A process's own CPU seconds, all its threads; 0 once it has gone. */
    private static double ownSeconds(long pid) {
        return stat(pid).map(ProcessStat::ownSeconds).orElse(0.0);
    }

    /**
     * The CPU seconds of {@code root} and every process below it, each with its children that have ended and been
     * waited for: PostgreSQL's postmaster waits for each connection's backend it forks, so a backend that ended
     * during a step still counts.
     */
    static double treeSeconds(ProcessHandle root) {
        try (Stream<ProcessHandle> descendants = root.descendants()) {
            return Stream.concat(Stream.of(root), descendants)
                         .map(process -> stat(process.pid()))
                         .flatMap(Optional::stream)
                         .mapToDouble(stat -> stat.ownSeconds() + stat.waitedForChildrenSeconds())
                         .sum();
        }
    }

    private static Optional<ProcessStat> stat(long pid) {
        try {
            return Optional.of(ProcessStat.parse(Files.readString(PROC.resolve(pid + "/stat"))));
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    /** The whole machine's busy CPU seconds: every core's time in anything but idle and I/O wait. */
    private static double machineBusySeconds() {
        try (Stream<String> lines = Files.lines(PROC.resolve("stat"))) {
            return lines.filter(line -> line.startsWith("cpu ")).findFirst().map(CpuTimes::busySeconds).orElse(0.0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** From the aggregate line of {@code /proc/stat}: user nice system idle iowait irq softirq steal .... */
    static double busySeconds(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy / TICKS_PER_SECOND;
    }

    /** The CPU fields of one {@code /proc/<pid>/stat} line. */
    record ProcessStat(long userTicks, long systemTicks, long childrenUserTicks, long childrenSystemTicks) {

        /**
         * The process's name (field 2) is in parentheses and may itself hold spaces and parentheses, so the fields
         * are counted from the last closing parenthesis: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
         */
        static ProcessStat parse(String line) {
            String[] after = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
            return new ProcessStat(Long.parseLong(after[11]), Long.parseLong(after[12]), Long.parseLong(after[13]),
                                   Long.parseLong(after[14]));
        }

        double ownSeconds() {
            return (userTicks + systemTicks) / TICKS_PER_SECOND;
        }

        double waitedForChildrenSeconds() {
            return (childrenUserTicks + childrenSystemTicks) / TICKS_PER_SECOND;
        }
    }
}
