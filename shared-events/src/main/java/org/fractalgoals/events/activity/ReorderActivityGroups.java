package org.fractalgoals.events.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Puts the fractal's groups in this order; it must name every group exactly once. */
public record ReorderActivityGroups(UUID fractalId, List<UUID> groupIds, String ownerId, Instant requestedAt,
                                    @TargetAggregateVersion Long expectedVersion) {

    public ReorderActivityGroups {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        // May hold nulls (the aggregate refuses them by name), so not List.copyOf.
        groupIds = groupIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(groupIds));
    }

    @TargetAggregateIdentifier
    public UUID groupsId() {
        return ActivityGroupsId.of(fractalId);
    }
}
