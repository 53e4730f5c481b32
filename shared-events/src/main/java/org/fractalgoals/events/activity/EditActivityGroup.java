package org.fractalgoals.events.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.fractalgoals.events.goal.FieldChange;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Renames a group and/or changes its description; a null name or change leaves that field as it is.
 * {@code expectedVersion} is the client's If-Match on the fractal's groups (null: any).
 */
public record EditActivityGroup(UUID fractalId, UUID groupId, String name, FieldChange<String> description,
                                String ownerId, Instant requestedAt,
                                @TargetAggregateVersion Long expectedVersion) {

    public EditActivityGroup {
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
