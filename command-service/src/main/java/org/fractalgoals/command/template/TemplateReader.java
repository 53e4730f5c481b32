package org.fractalgoals.command.template;

import org.fractalgoals.events.template.TemplateSection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current content of a template (texts decrypted), for features that copy it, such as new sessions. */
public interface TemplateReader {

    /** The template, if it exists in this fractal and is not deleted. */
    Optional<Template> find(UUID fractalId, UUID templateId);

    record Template(UUID templateId, String name, String description, List<TemplateSection> sections) {

        public int totalMinutes() {
            return sections.stream().mapToInt(TemplateSection::plannedMinutes).sum();
        }
    }
}
