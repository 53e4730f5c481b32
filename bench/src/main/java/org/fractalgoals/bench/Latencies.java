package org.fractalgoals.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of requests, safe to add to from several threads; percentiles by the nearest-rank method. */
final class Latencies {

    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());

    void add(long startedNanos) {
        addNanos(System.nanoTime() - startedNanos);
    }

    void addNanos(long nanos) {
        micros.add(nanos / 1000);
    }

    /** Every duration of the other one, too (to pool the steps of a run). */
    void addAll(Latencies other) {
        micros.addAll(other.sorted());
    }

    boolean isEmpty() {
        return micros.isEmpty();
    }

    int count() {
        return micros.size();
    }

    /** In milliseconds; NaN when nothing was measured, so that no target can pass on no data. */
    double percentile(int percent) {
        List<Long> sorted = sorted();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    double max() {
        List<Long> sorted = sorted();
        return sorted.isEmpty() ? Double.NaN : sorted.getLast() / 1000.0;
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
