package org.fractalgoals.events.template;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A template was deleted; sessions made from it keep their sections and lose the link. */
@Revision("1")
public record TemplateDeleted(UUID fractalId, UUID templateId, String ownerId, Instant occurredAt) implements TemplateEvent {
}
