package org.fractalgoals.query.analytics.activity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the charts need of an activity's current definition; metrics in their order. */
record ActivityDefinition(UUID activityId, String name, boolean hasSets, boolean hasSplits, boolean multiplicative,
                          List<Metric> metrics, List<UUID> splitIds) {

    record Metric(UUID metricId, String name, String unit, boolean topSet, boolean multiplicative) {
    }

    ActivityDefinition {
        metrics = List.copyOf(metrics);
        splitIds = List.copyOf(splitIds);
    }

    Optional<Metric> metric(UUID metricId) {
        return metrics.stream().filter(metric -> metric.metricId().equals(metricId)).findFirst();
    }

    List<UUID> multiplicativeMetricIds() {
        return metrics.stream().filter(Metric::multiplicative).map(Metric::metricId).toList();
    }

    /** A product is plotted only where multiplying means something: the activity says so, for two metrics or more. */
    boolean hasProduct() {
        return multiplicative && multiplicativeMetricIds().size() >= 2;
    }

    /** The metric that picks a product's top set: the one marked, else the first. */
    UUID topSetMetricId() {
        return metrics.stream().filter(Metric::topSet).findFirst().orElse(metrics.getFirst()).metricId();
    }
}
