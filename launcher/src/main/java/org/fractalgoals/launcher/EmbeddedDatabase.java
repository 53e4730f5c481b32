package org.fractalgoals.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The database of the embedded default: real PostgreSQL binaries (from Maven Central) running on a data
 * directory that survives restarts. Creates the {@code fractal} role and database on first start, writes a
 * ready file once it accepts connections, and stops PostgreSQL cleanly when this process is asked to stop.
 *
 * <p>Usage: {@code java -jar launcher.jar <data directory> <port> <ready file>}
 */
public final class EmbeddedDatabase {

    static final String DATABASE = "fractal";
    static final String ROLE = "fractal";

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedDatabase <data directory> <port> <ready file>");
            System.exit(2);
        }
        Path dataDirectory = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path readyFile = Path.of(args[2]).toAbsolutePath();
        Files.deleteIfExists(readyFile);
        Files.createDirectories(dataDirectory);

        EmbeddedPostgres postgres = start(dataDirectory, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(readyFile);
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        prepare(port);
        Path temporary = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
        Files.writeString(temporary, Integer.toString(port));
        Files.move(temporary, readyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("PostgreSQL ready on port " + port + " with data in " + dataDirectory);
        stopped.await();
    }

    /** Starts PostgreSQL on the data directory (created on first use) with {@link ServerSettings}. */
    static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                                                           .setDataDirectory(dataDirectory)
                                                           .setCleanDataDirectory(false)
                                                           .setPort(port);
        ServerSettings.forThisMachine().forEach(builder::setServerConfig);
        return builder.start();
    }

    private static void prepare(int port) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", ROLE)) {
                statement.execute("create role " + ROLE + " login");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("create database " + DATABASE + " owner " + ROLE);
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
