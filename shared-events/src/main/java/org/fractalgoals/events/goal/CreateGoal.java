package org.fractalgoals.events.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Adds a goal under {@code parentId}. A null level means "the level after the parent's".
 * {@code expectedVersion} carries the client's If-Match (null when the client did not send one).
 */
public record CreateGoal(@TargetAggregateIdentifier UUID fractalId,
                         UUID goalId,
                         UUID parentId,
                         GoalLevel level,
                         String name,
                         String description,
                         LocalDate deadline,
                         String relevance,
                         String ownerId,
                         Instant requestedAt,
                         @TargetAggregateVersion Long expectedVersion) {

    public CreateGoal {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
