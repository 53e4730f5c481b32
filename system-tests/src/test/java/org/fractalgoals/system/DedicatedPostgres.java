package org.fractalgoals.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL of one test class alone, on a fixed port with a data directory that survives a stop, so
 * that the test can take the database away from running services and give it back as it was.
 */
final class DedicatedPostgres implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    private DedicatedPostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    static DedicatedPostgres start(Path dataDirectory) {
        deleteRecursively(dataDirectory);
        DedicatedPostgres postgres = new DedicatedPostgres(dataDirectory, ServiceProcess.freePort());
        postgres.start();
        return postgres;
    }

    synchronized void start() {
        try {
            running = EmbeddedPostgres.builder()
                                      .setDataDirectory(dataDirectory)
                                      .setCleanDataDirectory(false)
                                      .setPort(port)
                                      .setServerConfig("max_connections", "200")
                                      .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on port " + port, e);
        }
    }

    /** A fast shutdown (pg_ctl stop -m fast): connections are cut, the data stays. */
    synchronized void stop() {
        try {
            running.close();
            running = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return jdbcUrl(name);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            stop();
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
