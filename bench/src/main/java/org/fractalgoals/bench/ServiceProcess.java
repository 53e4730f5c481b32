package org.fractalgoals.bench;

import org.fractalgoals.testsupport.SharedPostgres;
import org.fractalgoals.testsupport.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of our services started from its packaged jar on a free port, against the given database and trusting
 * {@link TestTokens}, with its log in a temporary file.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** {@code name} is the module's, e.g. {@code command-service}; its port variable is derived from it. */
    static ServiceProcess start(Path project, String name, String database) throws IOException {
        return start(project, name, database, Map.of());
    }

    /** As above, with settings of the benchmark's own in the environment, which win over the ones here. */
    static ServiceProcess start(Path project, String name, String database, Map<String, String> settings)
            throws IOException {
        Path jar = project.resolve(name + "/target/" + name + "-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build first: ./mvnw -DskipTests package (no " + jar + ")");
        }
        int port = freePort();
        Path log = Files.createTempFile("bench-" + name, ".log");
        // The service's own JVM settings, as ./fractal and its image pass them.
        Path jvmOptions = project.resolve(name + "/jvm.options");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                                                    "@" + jvmOptions, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = new HashMap<>(Map.of(
                "FRACTAL_JDBC_URL", database,
                "FRACTAL_DB_USER", SharedPostgres.server().user(),
                "FRACTAL_DB_PASSWORD", SharedPostgres.server().password(),
                "FRACTAL_SECURITY_PUBLIC_KEY_LOCATION", "file:" + TestTokens.publicKeyFile(),
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true",
                "MALLOC_ARENA_MAX", "2",
                // Raised rate limits: one benchmark user sends far more than a person would.
                "SPRING_PROFILES_ACTIVE", "bench"));
        environment.put(name.replace('-', '_').toUpperCase() + "_PORT", Integer.toString(port));
        environment.putAll(settings);
        builder.environment().putAll(environment);
        return new ServiceProcess(name, builder.start(), port, log);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    /**
     * The resident set of the service's JVM in MB, from {@code /proc/<pid>/status} (VmRSS), or -1 where there is
     * no such file (not Linux, or the process has gone).
     */
    long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // no figure rather than a wrong one
        }
        return -1;
    }

    void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
                              HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
