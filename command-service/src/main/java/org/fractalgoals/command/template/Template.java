package org.fractalgoals.command.template;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fractalgoals.events.template.ChangeTemplate;
import org.fractalgoals.events.template.CreateTemplate;
import org.fractalgoals.events.template.DeleteTemplate;
import org.fractalgoals.events.template.TemplateChanged;
import org.fractalgoals.events.template.TemplateCreated;
import org.fractalgoals.events.template.TemplateDeleted;
import org.fractalgoals.platform.errors.NotFoundException;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * A session template. Its rules are about its own content only, checked by {@link TemplateRules}; it keeps
 * no texts (names live in its events, encrypted), just whose it is.
 */
@Aggregate
class Template {

    @AggregateIdentifier
    private UUID templateId;
    private UUID fractalId;
    private String ownerId;

    Template() {
        // for Axon
    }

    @CommandHandler
    Template(CreateTemplate command) {
        TemplateRules.check(command.name(), command.description(), command.sections());
        apply(new TemplateCreated(command.fractalId(), command.templateId(), command.name(), command.description(),
                                  command.sections(), command.ownerId(), command.requestedAt()));
    }

    @CommandHandler
    void handle(ChangeTemplate command) {
        requireOwner(command.ownerId(), command.fractalId());
        TemplateRules.check(command.name(), command.description(), command.sections());
        apply(new TemplateChanged(fractalId, templateId, command.name(), command.description(), command.sections(),
                                  ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(DeleteTemplate command) {
        requireOwner(command.ownerId(), fractalId);
        apply(new TemplateDeleted(fractalId, templateId, ownerId, command.requestedAt()));
    }

    private void requireOwner(String caller, UUID inFractal) {
        if (!ownerId.equals(caller) || !fractalId.equals(inFractal)) {
            throw new NotFoundException("Template");
        }
    }

    @EventSourcingHandler
    void on(TemplateCreated event) {
        templateId = event.templateId();
        fractalId = event.fractalId();
        ownerId = event.ownerId();
    }

    @EventSourcingHandler
    void on(TemplateDeleted event) {
        markDeleted();
    }
}
