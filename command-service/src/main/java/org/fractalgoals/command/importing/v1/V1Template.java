package org.fractalgoals.command.importing.v1;

import java.time.Instant;
import java.util.List;

/** A row of {@code session_templates} with its {@code template_data} sections. */
public record V1Template(String id, String rootId, String name, String description, List<V1TemplateSection> sections,
                         Integer totalMinutes, Instant createdAt) {

    public V1Template {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** {@code activityIds} name activity definitions (older files say {@code exercises}); some may dangle. */
    public record V1TemplateSection(String name, Integer durationMinutes, List<String> activityIds) {

        public V1TemplateSection {
            activityIds = activityIds == null ? List.of() : List.copyOf(activityIds);
        }
    }
}
