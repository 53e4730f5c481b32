package org.fractalgoals.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of requests, safe to add to from several threads; percentiles by the nearest-rank method. */
final class Latencies {

    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());

    void add(long startedNanos) {
        micros.add((System.nanoTime() - startedNanos) / 1000);
    }

    boolean isEmpty() {
        return micros.isEmpty();
    }

    /** In milliseconds. */
    double percentile(int percent) {
        List<Long> sorted = sorted();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    double max() {
        return sorted().getLast() / 1000.0;
    }

    private List<Long> sorted() {
        List<Long> sorted;
        synchronized (micros) {
            sorted = new ArrayList<>(micros);
        }
        Collections.sort(sorted);
        return sorted;
    }
}
