package org.fractalgoals.events.template;

import org.fractalgoals.events.personaldata.OwnedEvent;

import java.util.UUID;

/** Events of one session template. */
public sealed interface TemplateEvent extends OwnedEvent permits TemplateCreated, TemplateChanged, TemplateDeleted {

    UUID fractalId();

    UUID templateId();
}
