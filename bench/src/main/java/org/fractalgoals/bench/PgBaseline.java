package org.fractalgoals.bench;

import org.fractalgoals.testsupport.SharedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own single-row insert rate on this machine, so that the services' figures can be read as a share of
 * what the database allows: pgbench runs a custom script (one insert of an event-sized row per transaction, into a
 * table shaped like the event store's, with its unique index on aggregate and sequence) against the benchmark's own
 * fresh database, with 1 and with 8 clients, for {@code pg-seconds} each.
 *
 * <p>Options: {@code pg-seconds=10 pg-clients=1,8 pgbench=/usr/bin/pgbench}.
 */
final class PgBaseline {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\((without|excluding)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final String TABLE = """
            create table baseline_event (
                global_index bigserial primary key,
                aggregate_id uuid not null,
                sequence_number bigint not null,
                payload bytea not null,
                time_stamp timestamptz not null default now(),
                unique (aggregate_id, sequence_number))""";
    private static final String SCRIPT = """
            \\set sequence random(1, 1000000000)
            insert into baseline_event (aggregate_id, sequence_number, payload)
                values (gen_random_uuid(), :sequence, convert_to(repeat('x', 600), 'UTF8'));
            """;

    /** Transactions (= inserted rows) per second and average latency per client count. */
    record Result(Map<Integer, Double> tps, Map<Integer, Double> latencyMillis) {
    }

    private final Options options;

    PgBaseline(Options options) {
        this.options = options;
    }

    Result run() throws Exception {
        String database = SharedPostgres.newDatabase("bench_pgbench");
        Databases.execute(database, TABLE);
        Path script = Files.createTempFile("bench-insert", ".sql");
        Files.writeString(script, SCRIPT);
        Map<Integer, Double> tps = new LinkedHashMap<>();
        Map<Integer, Double> latency = new LinkedHashMap<>();
        for (int clients : options.integers("pg-clients", List.of(1, 8))) {
            String output = pgbench(database, script, clients, options.integer("pg-seconds", 10));
            tps.put(clients, parse(TPS, output));
            latency.put(clients, parse(LATENCY, output));
        }
        Result result = new Result(tps, latency);
        ResultsFile out = new ResultsFile(options, "pgbench");
        out.line("pgbench baseline: one insert of a 600-byte event-like row per transaction, %d s per run; %d cores",
                 options.integer("pg-seconds", 10), Runtime.getRuntime().availableProcessors());
        out.line("%-8s %12s %12s", "clients", "inserts/s", "latency ms");
        tps.forEach((clients, rate) -> out.line("%-8d %12.0f %12.2f", clients, rate, latency.get(clients)));
        out.write();
        return result;
    }

    private String pgbench(String database, Path script, int clients, int seconds) throws IOException, InterruptedException {
        SharedPostgres.Server server = SharedPostgres.server();
        ProcessBuilder builder = new ProcessBuilder(options.text("pgbench", "/usr/bin/pgbench"), "-n", "-f",
                                                    script.toString(), "-c", Integer.toString(clients), "-j",
                                                    Integer.toString(Math.min(clients, 2)), "-T",
                                                    Integer.toString(seconds), "-h", server.host(), "-p",
                                                    Integer.toString(server.port()), "-U", server.user(),
                                                    Databases.name(database))
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", server.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        return output;
    }

    private static double parse(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in pgbench's output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
