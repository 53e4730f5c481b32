package org.fractalgoals.events.template;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Replaces a template's name, description and sections. */
public record ChangeTemplate(@TargetAggregateIdentifier UUID templateId, UUID fractalId, String name, String description,
                 List<TemplateSection> sections, String ownerId, Instant requestedAt,
                 @TargetAggregateVersion Long expectedVersion) {

    public ChangeTemplate {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
