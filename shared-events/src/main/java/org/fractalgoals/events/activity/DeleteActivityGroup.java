package org.fractalgoals.events.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Deletes a group; its activities stay, ungrouped. */
public record DeleteActivityGroup(UUID fractalId, UUID groupId, String ownerId, Instant requestedAt,
                                  @TargetAggregateVersion Long expectedVersion) {

    public DeleteActivityGroup {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    @TargetAggregateIdentifier
    public UUID groupsId() {
        return ActivityGroupsId.of(fractalId);
    }
}
