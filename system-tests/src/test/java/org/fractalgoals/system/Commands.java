package org.fractalgoals.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command of the project (./fractal, node) and hands back its exit code and output. */
final class Commands {

    record Result(int exitCode, String output) {
    }

    static final Path PROJECT = Path.of(System.getProperty("fractal.project", "..")).toAbsolutePath().normalize();

    private Commands() {
    }

    static Result run(Path directory, Map<String, String> environment, Duration timeout, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = Thread.ofPlatform().start(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the process ended
            }
        });
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            reader.join(5000);
            throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout + ":\n" + output);
        }
        reader.join();
        String text = output.toString();
        System.out.println("$ " + String.join(" ", command) + "\n" + text);
        return new Result(process.exitValue(), text);
    }
}
