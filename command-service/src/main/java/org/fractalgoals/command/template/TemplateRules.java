package org.fractalgoals.command.template;

import org.fractalgoals.events.template.TemplateSection;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.util.ArrayList;
import java.util.List;

/** What a valid template is: a name, at least one section, each named and planned for 1 minute or more. */
final class TemplateRules {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    static final int SECTIONS_MAX = 50;
    static final int MINUTES_MAX = 24 * 60;
    static final int ACTIVITIES_MAX = 100;

    private TemplateRules() {
    }

    static void check(String name, String description, List<TemplateSection> sections) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Template name is required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "At most " + NAME_MAX + " characters"));
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "At most " + DESCRIPTION_MAX + " characters"));
        }
        if (sections == null || sections.isEmpty()) {
            errors.add(new FieldError("sections", "Add at least one section to the template"));
        } else if (sections.size() > SECTIONS_MAX) {
            errors.add(new FieldError("sections", "At most " + SECTIONS_MAX + " sections"));
        } else {
            for (int i = 0; i < sections.size(); i++) {
                TemplateSection section = sections.get(i);
                String at = "sections[" + i + "]";
                if (section.name() == null || section.name().isBlank()) {
                    errors.add(new FieldError(at + ".name", "Section name is required"));
                } else if (section.name().length() > NAME_MAX) {
                    errors.add(new FieldError(at + ".name", "At most " + NAME_MAX + " characters"));
                }
                if (section.plannedMinutes() < 1 || section.plannedMinutes() > MINUTES_MAX) {
                    errors.add(new FieldError(at + ".plannedMinutes", "Must be between 1 and " + MINUTES_MAX));
                }
                if (section.activityIds().size() > ACTIVITIES_MAX) {
                    errors.add(new FieldError(at + ".activityIds", "At most " + ACTIVITIES_MAX + " activities"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
