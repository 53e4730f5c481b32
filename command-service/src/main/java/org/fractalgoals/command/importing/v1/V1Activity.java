package org.fractalgoals.command.importing.v1;

import java.time.Instant;
import java.util.List;

/** A row of {@code activity_definitions} with its {@code metric_definitions} and {@code split_definitions}. */
public record V1Activity(String id, String rootId, String groupId, String name, String description,
                         boolean hasSets, boolean hasMetrics, boolean metricsMultiplicative, boolean hasSplits,
                         List<V1Metric> metrics, List<V1Split> splits, Instant createdAt) {

    public V1Activity {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        splits = splits == null ? List.of() : List.copyOf(splits);
    }

    public record V1Metric(String id, String name, String unit, boolean topSetMetric, boolean multiplicative) {
    }

    /** {@code order} is v1.2's 0-based position; the list is sorted by it. */
    public record V1Split(String id, String name, int order) {
    }
}
