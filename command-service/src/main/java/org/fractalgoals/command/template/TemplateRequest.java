package org.fractalgoals.command.template;

import org.fractalgoals.events.template.TemplateSection;

import java.util.List;
import java.util.UUID;

/** Body of a template create or replace; checked by {@link TemplateRules} so that every message names its field. */
record TemplateRequest(String name, String description, List<SectionRequest> sections) {

    record SectionRequest(String name, Integer plannedMinutes, List<UUID> activityIds) {
    }

    List<TemplateSection> toSections() {
        if (sections == null) {
            return List.of();
        }
        return sections.stream()
                       .map(section -> section == null ? new TemplateSection(null, 0, List.of())
                               : new TemplateSection(section.name(),
                                                     section.plannedMinutes() == null ? 0 : section.plannedMinutes(),
                                                     section.activityIds() == null ? List.of() : section.activityIds()))
                       .toList();
    }
}
