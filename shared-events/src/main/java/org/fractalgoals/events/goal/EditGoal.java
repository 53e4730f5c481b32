package org.fractalgoals.events.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.time.LocalDate;
/** Edits a goal's texts and deadline; a null name or change leaves that field as it is. {@code expectedGoalVersion} is the client's If-Match (null: any). */
public record EditGoal(@TargetAggregateIdentifier UUID fractalId,
                 UUID goalId, String name, FieldChange<String> description, FieldChange<LocalDate> deadline, FieldChange<String> relevance, Long expectedGoalVersion,
                 String ownerId,
                 Instant requestedAt) {

    public EditGoal {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
