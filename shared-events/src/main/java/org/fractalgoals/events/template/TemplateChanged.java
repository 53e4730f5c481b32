package org.fractalgoals.events.template;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A template's name, description and sections were replaced. */
@Revision("1")
public record TemplateChanged(UUID fractalId, UUID templateId, @PersonalData String name, @PersonalData String description,
                 List<TemplateSection> sections, String ownerId, Instant occurredAt) implements TemplateEvent {
}
