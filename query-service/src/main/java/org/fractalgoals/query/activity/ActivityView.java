package org.fractalgoals.query.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An activity definition as the list shows it. {@code groupId} is null when the activity has no group or its
 * group was deleted; {@code version} is the activity's ETag. Usage ({@code instanceCount}, {@code lastUsedAt})
 * stays 0 and null until sessions record instances.
 */
record ActivityView(UUID id, String name, String description, UUID groupId, boolean hasSets, boolean hasSplits,
                    boolean hasMetrics, boolean multiplicative, List<Metric> metrics, List<Split> splits,
                    Instant createdAt, Instant updatedAt, int instanceCount, Instant lastUsedAt, long version) {

    record Metric(UUID id, String name, String unit, boolean topSet, boolean multiplicative) {
    }

    record Split(UUID id, String name) {
    }
}
