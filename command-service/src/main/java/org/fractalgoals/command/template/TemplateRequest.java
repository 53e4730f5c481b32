package org.fractalgoals.command.template;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fractalgoals.events.template.TemplateSection;

import java.util.List;
import java.util.UUID;

/** Body of a template create or replace; checked by {@link TemplateRules} so that every message names its field. */
@Schema(example = """
        {"name": "Daily practice", "description": "Forty minutes",
         "sections": [{"name": "Warm-up", "plannedMinutes": 10,
                       "activityIds": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"]}]}""")
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
