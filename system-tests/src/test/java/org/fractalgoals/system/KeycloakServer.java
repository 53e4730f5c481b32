package org.fractalgoals.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Keycloak of one test class alone, from the same distribution as ./fractal (26.5.6 from Maven Central), on free
 * ports, with the realm of keycloak/ imported afresh. Unpacked once into target/ and kept there.
 */
final class KeycloakServer implements AutoCloseable {

    static final String VERSION = "26.5.6";
    static final String REALM = "fractal-goals";

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private KeycloakServer(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    static KeycloakServer start(Path home) {
        try {
            Path distribution = unpacked(home);
            Path data = distribution.resolve("data");
            deleteRecursively(data.resolve("h2"));
            Files.createDirectories(data.resolve("import"));
            Files.copy(Commands.PROJECT.resolve("keycloak/fractal-goals-realm.json"),
                       data.resolve("import/fractal-goals-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            int port = ServiceProcess.freePort();
            int managementPort = ServiceProcess.freePort();
            Path log = home.resolve("keycloak-" + port + ".log");
            ProcessBuilder builder = new ProcessBuilder(distribution.resolve("bin/kc.sh").toString(), "start-dev",
                                                        "--http-port=" + port, "--http-management-port=" + managementPort,
                                                        "--health-enabled=true", "--import-realm")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            return new KeycloakServer(builder.start(), port, managementPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + log);
    }

    /** Gone at once, as a crashed or unreachable identity provider is (kc.sh and the JVM it runs). */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    private static Path unpacked(Path home) throws IOException {
        Path distribution = home.resolve("keycloak-" + VERSION);
        if (Files.isExecutable(distribution.resolve("bin/kc.sh"))) {
            return distribution;
        }
        Path zip = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak", "keycloak-quarkus-dist",
                           VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.isRegularFile(zip)) {
            fetch(home);
            zip = home.resolve("keycloak-quarkus-dist-" + VERSION + ".zip");
        }
        Files.createDirectories(home);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = home.resolve(entry.getName()).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("entry outside the distribution: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
        try (Stream<Path> scripts = Files.list(distribution.resolve("bin"))) {
            scripts.filter(script -> script.toString().endsWith(".sh")).forEach(script -> script.toFile().setExecutable(true));
        }
        return distribution;
    }

    /** As ./fractal does: the distribution from Maven Central through the project's Maven wrapper. */
    private static void fetch(Path home) throws IOException {
        try {
            Commands.Result result = Commands.run(Commands.PROJECT, java.util.Map.of(), Duration.ofMinutes(10), "./mvnw",
                                                  "-B", "-q", "-N", "dependency:copy",
                                                  "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip",
                                                  "-DoutputDirectory=" + home);
            if (result.exitCode() != 0) {
                throw new IOException("could not fetch Keycloak:\n" + result.output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
