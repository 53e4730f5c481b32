package org.fractalgoals.events.template;

import org.axonframework.modelling.command.TargetAggregateIdentifier;


import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Makes a session template in a fractal. */
public record CreateTemplate(@TargetAggregateIdentifier UUID templateId, UUID fractalId, String name, String description,
                 List<TemplateSection> sections, String ownerId, Instant requestedAt) {

    public CreateTemplate {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
