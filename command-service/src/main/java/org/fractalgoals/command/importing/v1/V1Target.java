package org.fractalgoals.command.importing.v1;

import java.util.List;

/** One element of {@code goals.targets}: every threshold means "value ≥ threshold" in v1.2. */
public record V1Target(String id, String activityId, String name, String description, List<V1Threshold> thresholds) {

    public V1Target {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    public record V1Threshold(String metricId, double value) {
    }
}
