package org.fractalgoals.bench;

import org.fractalgoals.testsupport.ApiClient.Response;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the load clients of one step saw: latencies of 2xx answers, overall and per kind, and the other answers. */
final class MixStats implements Practice.Recorder {

    private final Latencies overall = new Latencies();
    private final Map<CommandKind, Latencies> byKind = new EnumMap<>(CommandKind.class);
    private final Map<String, Long> errors = new ConcurrentHashMap<>();
    private final AtomicLong succeeded = new AtomicLong();

    MixStats() {
        for (CommandKind kind : CommandKind.values()) {
            byKind.put(kind, new Latencies());
        }
    }

    @Override
    public void record(CommandKind kind, long startedNanos, long endedNanos, int status, Response response,
                       Practice.Effect effect) {
        if (status / 100 == 2) {
            overall.addNanos(endedNanos - startedNanos);
            byKind.get(kind).addNanos(endedNanos - startedNanos);
            succeeded.incrementAndGet();
        } else {
            errors.merge(kind.label + " " + (status < 0 ? "I/O error" : Integer.toString(status)), 1L, Long::sum);
        }
    }

    Latencies overall() {
        return overall;
    }

    Latencies of(CommandKind kind) {
        return byKind.get(kind);
    }

    long succeeded() {
        return succeeded.get();
    }

    long failed() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "kind status" → count, sorted. */
    Map<String, Long> errors() {
        return new TreeMap<>(errors);
    }
}
