package org.fractalgoals.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM: a Testcontainers container when a Docker engine answers,
 * otherwise an embedded server (real PostgreSQL binaries). {@code FRACTAL_TEST_POSTGRES=embedded} or
 * {@code =testcontainers} forces the choice. Tests take databases of their own with {@link #newDatabase}.
 */
public final class SharedPostgres {

    private static final Logger log = LoggerFactory.getLogger(SharedPostgres.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    private SharedPostgres() {
    }

    public record Server(String host, int port, String user, String password) {

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    public static synchronized Server server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    /**
     * Makes a server started elsewhere the shared one, e.g. the benchmark's, which measures the embedded default's
     * own database. Only before anything asked for the server.
     */
    public static synchronized void useServer(Server started) {
        if (server != null) {
            throw new IllegalStateException("The shared PostgreSQL server was already chosen: " + server);
        }
        server = started;
    }

    /** Creates an empty database with a unique name and returns its JDBC URL. */
    public static String newDatabase(String prefix) {
        Server running = server();
        String name = (prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet())
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(running.jdbcUrl("postgres"), running.user(),
                                                                 running.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return running.jdbcUrl(name);
    }

    private static Server start() {
        String choice = System.getenv().getOrDefault("FRACTAL_TEST_POSTGRES", "auto");
        boolean docker = switch (choice) {
            case "embedded" -> false;
            case "testcontainers" -> true;
            default -> dockerAnswers();
        };
        return docker ? startContainer() : startEmbedded();
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Server startContainer() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        log.info("Tests use PostgreSQL in a container on port {}", container.getFirstMappedPort());
        return new Server(container.getHost(), container.getFirstMappedPort(), container.getUsername(),
                          container.getPassword());
    }

    private static Server startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }));
            log.info("Tests use embedded PostgreSQL on port {}", postgres.getPort());
            return new Server("localhost", postgres.getPort(), "postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL", e);
        }
    }
}
