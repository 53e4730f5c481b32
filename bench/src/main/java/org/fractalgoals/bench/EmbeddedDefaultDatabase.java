package org.fractalgoals.bench;

import org.fractalgoals.testsupport.SharedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The database every benchmark runs on: the embedded default's own PostgreSQL, started from the launcher's jar
 * (as {@code ./fractal up} starts it) on a free port and a temporary data directory, so that the figures are those
 * of the settings users get. Stopped and deleted when the benchmark's JVM ends.
 */
final class EmbeddedDefaultDatabase {

    private static final List<String> REPORTED_SETTINGS =
            List.of("server_version", "shared_buffers", "max_wal_size", "fsync", "synchronous_commit");

    private static double startSeconds;
    private static Path dataDirectory;

    private EmbeddedDefaultDatabase() {
    }

    /** Seconds the database took to start, the first time asked (the first stack's cold start), else 0. */
    static synchronized double takeStartSeconds() {
        double seconds = startSeconds;
        startSeconds = 0;
        return seconds;
    }

    /**
     * PostgreSQL's postmaster, parent of every other process of the server; empty before {@link #start} or once it
     * has gone. Read from {@code postmaster.pid} in the data directory (its first line): {@code pg_ctl} starts the
     * server detached, so it is not a descendant of the launcher.
     */
    static synchronized Optional<ProcessHandle> postmaster() {
        if (dataDirectory == null) {
            return Optional.empty();
        }
        try {
            String firstLine = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst();
            return ProcessHandle.of(Long.parseLong(firstLine.trim()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Starts the database and makes it the benchmark's shared server; prints its settings. */
    static synchronized void start(Path project) throws IOException, InterruptedException, SQLException {
        Path jar = project.resolve("launcher/target/launcher-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build first: ./mvnw -DskipTests package (no " + jar + ")");
        }
        long started = System.nanoTime();
        Path directory = Files.createTempDirectory("bench-postgres");
        Path data = directory.resolve("data");
        Path ready = directory.resolve("ready");
        Path log = directory.resolve("database.log");
        int port = ServiceProcess.freePort();
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                                             jar.toString(), data.toString(), Integer.toString(port), ready.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, directory)));
        for (int i = 0; i < 240 && !Files.exists(ready); i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The embedded database exited:\n" + Files.readString(log));
            }
            Thread.sleep(250);
        }
        if (!Files.exists(ready)) {
            throw new IllegalStateException("The embedded database was not ready within 60 s; see " + log);
        }
        // The launcher's initdb trusts local connections; its superuser is postgres.
        SharedPostgres.Server server = new SharedPostgres.Server("localhost", port, "postgres", "postgres");
        SharedPostgres.useServer(server);
        startSeconds = (System.nanoTime() - started) / 1e9;
        dataDirectory = data;
        System.out.println("database: the embedded default's (" + settings(server) + ")");
    }

    private static String settings(SharedPostgres.Server server) throws SQLException {
        List<String> shown = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(),
                                                                 server.password());
             Statement statement = connection.createStatement()) {
            for (String setting : REPORTED_SETTINGS) {
                try (ResultSet row = statement.executeQuery("show " + setting)) {
                    row.next();
                    shown.add(setting + " " + row.getString(1));
                }
            }
        }
        return String.join(", ", shown);
    }

    private static void stop(Process process, Path directory) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
