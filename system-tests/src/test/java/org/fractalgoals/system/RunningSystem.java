package org.fractalgoals.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole system, started once per test run with {@code ./fractal up} (its own state directory and a
 * free database port) and stopped with {@code ./fractal down} when the run ends. Test classes that need it
 * say {@code @ExtendWith(RunningSystem.class)}.
 */
final class RunningSystem implements BeforeAllCallback {

    static final Path STATE = Path.of("target", "fractal-state").toAbsolutePath();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
               .getOrComputeIfAbsent(RunningSystem.class, key -> start(), Started.class);
    }

    static Map<String, String> environment() {
        return Started.environment;
    }

    private static Started start() {
        try {
            Map<String, String> environment = new HashMap<>();
            environment.put("FRACTAL_STATE_DIR", STATE.toString());
            environment.put("FRACTAL_DB_PORT", Integer.toString(ServiceProcess.freePort()));
            // These tests rebuild every read model as one admin within a minute; the real one-a-minute replay bucket is
            // checked by the query-service's RateLimitApiTest.
            environment.put("FRACTAL_RATELIMITS_REPLAY_CAPACITY", "100");
            environment.put("FRACTAL_RATELIMITS_REPLAY_REFILL", "100");
            // The reactor has just built every jar: tell ./fractal so it does not build again underneath us.
            Files.createDirectories(STATE);
            Files.deleteIfExists(STATE.resolve("build.stamp"));
            Files.createFile(STATE.resolve("build.stamp"));
            Commands.Result result = Commands.run(Commands.PROJECT, environment, Duration.ofMinutes(12), "./fractal", "up");
            if (result.exitCode() != 0) {
                // Leave nothing running behind a failed start.
                Commands.run(Commands.PROJECT, environment, Duration.ofMinutes(2), "./fractal", "down");
            }
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Fractal Goals is up.", "alice", "bob", "admin");
            Started.environment = Map.copyOf(environment);
            return new Started();
        } catch (Exception e) {
            throw new IllegalStateException("./fractal up failed", e);
        }
    }

    static final class Started implements ExtensionContext.Store.CloseableResource {
        private static Map<String, String> environment;

        @Override
        public void close() throws Exception {
            Commands.Result result = Commands.run(Commands.PROJECT, environment, Duration.ofMinutes(2), "./fractal", "down");
            assertThat(result.exitCode()).isZero();
        }
    }
}
