package org.fractalgoals.query.export;

import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.events.template.TemplateChanged;
import org.fractalgoals.events.template.TemplateCreated;
import org.fractalgoals.events.template.TemplateDeleted;
import org.fractalgoals.events.template.TemplateEvent;
import org.fractalgoals.events.template.TemplateSection;

import java.util.List;

/** A session template as created or last changed (each change replaces name, description and sections). */
final class TemplateFold implements StateFold {

    private State state;
    private boolean deleted;

    @Override
    public void apply(OwnedEvent event) {
        if (!(event instanceof TemplateEvent templateEvent)) {
            return;
        }
        switch (templateEvent) {
            case TemplateCreated e -> state = new State(e.name(), e.description(), e.sections());
            case TemplateChanged e -> state = new State(e.name(), e.description(), e.sections());
            case TemplateDeleted e -> deleted = true;
        }
    }

    @Override
    public boolean deleted() {
        return deleted;
    }

    @Override
    public Object state() {
        return state;
    }

    record State(String name, String description, List<TemplateSection> sections) {
    }
}
