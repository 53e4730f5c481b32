package org.fractalgoals.events.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Adds a group at the end of the fractal's group order; the fractal's first group creates the groups aggregate. */
public record CreateActivityGroup(UUID fractalId, UUID groupId, String name, String description, String ownerId,
                                  Instant requestedAt) {

    public CreateActivityGroup {
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
