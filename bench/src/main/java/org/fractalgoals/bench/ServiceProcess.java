package org.fractalgoals.bench;

import org.fractalgoals.testsupport.SharedPostgres;
import org.fractalgoals.testsupport.TestTokens;

import java.io.IOException;
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
 * One of our services started from its jar as a separate process, as in production, against a benchmark's own
 * database and trusting the test token key; its output goes to a temporary log file.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** @param service {@code command-service} or {@code query-service} */
    static ServiceProcess start(Path project, String service, String database, Map<String, String> extraEnvironment)
            throws Exception {
        Path jar = project.resolve(service + "/target/" + service + "-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build first: ./mvnw -DskipTests package (no " + jar + ")");
        }
        int port = freePort();
        Path log = Files.createTempFile("bench-" + service, ".log");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                                                    "-Xmx512m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = new HashMap<>(Map.of(
                "FRACTAL_JDBC_URL", database,
                "FRACTAL_DB_USER", SharedPostgres.server().user(),
                "FRACTAL_DB_PASSWORD", SharedPostgres.server().password(),
                "FRACTAL_SECURITY_PUBLIC_KEY_LOCATION", "file:" + TestTokens.publicKeyFile(),
                "COMMAND_SERVICE_PORT", Integer.toString(port),
                "QUERY_SERVICE_PORT", Integer.toString(port),
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true"));
        environment.putAll(extraEnvironment);
        builder.environment().putAll(environment);
        ServiceProcess started = new ServiceProcess(service, builder.start(), log, port);
        started.awaitReady();
        return started;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    Path log() {
        return log;
    }

    /** The process id, for reading its memory from /proc. */
    long pid() {
        return process.pid();
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI readiness = URI.create(baseUrl() + "/actuator/health/readiness");
        for (int i = 0; i < 240; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
