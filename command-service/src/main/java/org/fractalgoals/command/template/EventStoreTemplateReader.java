package org.fractalgoals.command.template;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.events.template.TemplateChanged;
import org.fractalgoals.events.template.TemplateCreated;
import org.fractalgoals.events.template.TemplateDeleted;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a template's current content from its events, decrypted by the event serializer. The command side
 * keeps no copy of anyone's texts, so this is where it finds them when a template is copied.
 */
@Component
class EventStoreTemplateReader implements TemplateReader {

    private final EventStore events;

    EventStoreTemplateReader(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<Template> find(UUID fractalId, UUID templateId) {
        Template current = null;
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(templateId.toString(), 0).asStream().iterator();
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof TemplateCreated created) {
                // An id from another fractal names nothing here.
                current = created.fractalId().equals(fractalId)
                        ? new Template(templateId, created.name(), created.description(), created.sections())
                        : null;
            } else if (event instanceof TemplateChanged changed && current != null) {
                current = new Template(templateId, changed.name(), changed.description(), changed.sections());
            } else if (event instanceof TemplateDeleted) {
                current = null;
            }
        }
        return Optional.ofNullable(current);
    }
}
