package org.fractalgoals.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code key=value} arguments of the newer benchmarks ({@code clients=1,4,16 seconds=20 web=true}). Every key
 * has a default in the benchmark that reads it, so that the one documented command needs no arguments; keys are
 * distinct across benchmarks, so that {@code bench all} can pass the same options to each of them.
 */
final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final Path project;

    Options(Path project, String[] args) {
        this.project = project;
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            values.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
    }

    Path project() {
        return project;
    }

    /** Where the result files go: {@code bench/results} unless {@code results=<dir>} says otherwise. */
    Path results() {
        return values.containsKey("results") ? Path.of(values.get("results")).toAbsolutePath()
                                             : project.resolve("bench/results");
    }

    int integer(String key, int fallback) {
        return values.containsKey(key) ? Integer.parseInt(values.get(key).replace("_", "")) : fallback;
    }

    boolean flag(String key, boolean fallback) {
        return values.containsKey(key) ? Boolean.parseBoolean(values.get(key)) : fallback;
    }

    String text(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    List<Integer> integers(String key, List<Integer> fallback) {
        return values.containsKey(key)
               ? Arrays.stream(values.get(key).split(",")).map(String::trim).map(Integer::parseInt).toList()
               : fallback;
    }
}
