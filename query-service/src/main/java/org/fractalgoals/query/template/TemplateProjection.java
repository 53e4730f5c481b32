package org.fractalgoals.query.template;

import org.axonframework.config.ProcessingGroup;
import org.fractalgoals.query.replay.ReadModelTables;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.template.FindTemplate;
import org.fractalgoals.events.template.FindTemplates;
import org.fractalgoals.events.template.TemplateChanged;
import org.fractalgoals.events.template.TemplateCreated;
import org.fractalgoals.events.template.TemplateDeleted;
import org.fractalgoals.query.erasure.OwnerFractals;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The "templates" read model: each template's current content, idempotent by its events' sequence numbers. */
@Component
@ReadModelTables({"session_template"})
@ProcessingGroup(TemplateProjection.GROUP)
class TemplateProjection {

    static final String GROUP = "templates";
    private final TemplateRepository templates;
    private final OwnerFractals owners;

    TemplateProjection(TemplateRepository templates, OwnerFractals owners) {
        this.templates = templates;
        this.owners = owners;
    }

    @EventHandler
    void on(TemplateCreated event, @SequenceNumber long sequence) {
        templates.insert(event, sequence);
    }

    @EventHandler
    void on(TemplateChanged event, @SequenceNumber long sequence) {
        templates.replace(event, sequence);
    }

    @EventHandler
    void on(TemplateDeleted event, @SequenceNumber long sequence) {
        templates.markDeleted(event.templateId(), event.occurredAt(), sequence);
    }

    @EventHandler
    void on(FractalDeleted event) {
        templates.deleteAllOf(event.fractalId());
    }

    @EventHandler
    void on(AccountErased event) {
        templates.erase(owners.erasing(event.ownerId()));
    }

    @QueryHandler
    TemplatePage handle(FindTemplates query) {
        return templates.page(query.fractalId(), query.limit(), query.cursor());
    }

    @QueryHandler
    Optional<TemplateView> handle(FindTemplate query) {
        return templates.find(query.fractalId(), query.templateId());
    }
}
