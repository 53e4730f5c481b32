package org.fractalgoals.events.template;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Deletes a template; sessions made from it keep their sections. */
public record DeleteTemplate(@TargetAggregateIdentifier UUID templateId, String ownerId, Instant requestedAt,
                             @TargetAggregateVersion Long expectedVersion) {

    public DeleteTemplate {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
