package org.fractalgoals.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The highest resident set of each service while a benchmark loads it, sampled twice a second on a daemon thread.
 * {@link #takePeaks()} hands over the peaks so far and starts anew, so each step of a run gets its own.
 */
final class RssSampler implements AutoCloseable {

    private final List<ServiceProcess> services;
    private final Map<String, Long> peaks = new ConcurrentHashMap<>();
    private final Map<String, Long> overall = new ConcurrentHashMap<>();
    private final Thread thread;

    RssSampler(List<ServiceProcess> services) {
        this.services = List.copyOf(services);
        this.thread = Thread.ofPlatform().daemon().name("rss-sampler").start(this::sample);
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            for (ServiceProcess service : services) {
                long megabytes = service.residentMegabytes();
                peaks.merge(service.name(), megabytes, Math::max);
                overall.merge(service.name(), megabytes, Math::max);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Peak MB per service since the last call, in the order the services were given. */
    Map<String, Long> takePeaks() {
        Map<String, Long> taken = ordered(peaks);
        peaks.clear();
        return taken;
    }

    /** Peak MB per service over the sampler's whole life. */
    Map<String, Long> overallPeaks() {
        return ordered(overall);
    }

    private Map<String, Long> ordered(Map<String, Long> source) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            ordered.put(service.name(), source.getOrDefault(service.name(), -1L));
        }
        return ordered;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
