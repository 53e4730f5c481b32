package org.fractalgoals.command.importing;

import org.fractalgoals.command.importing.v1.V1Activity;
import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.command.importing.v1.V1Template;
import org.fractalgoals.events.template.CreateTemplate;
import org.fractalgoals.events.template.TemplateSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The session templates: their sections with planned minutes and activities. An activity a section names that
 * did not come over (v1.2 left template sections naming deleted activities) is left out of the section, with a
 * warning; a template that breaks today's rules (no section, a section without minutes…) is refused.
 */
@Component
@Order(400)
public class TemplatesImport implements ImportStep {

    static final String TEMPLATES = "templates";

    private static final Comparator<V1Template> CREATION_ORDER =
            Comparator.comparing(V1Template::createdAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                      .thenComparing(V1Template::id);

    @Override
    public int rows(V1Database source) {
        return source.templates().size();
    }

    @Override
    public void run(V1Database source, ImportContext context) {
        V1Fractals fractals = new V1Fractals(source);
        Map<String, V1Activity> activities = new HashMap<>();
        source.activities().forEach(activity -> activities.putIfAbsent(activity.id(), activity));
        source.templates().stream().sorted(CREATION_ORDER)
              .forEach(template -> importTemplate(template, activities, fractals, context));
    }

    private static void importTemplate(V1Template template, Map<String, V1Activity> activities, V1Fractals fractals,
                                       ImportContext context) {
        Optional<String> refusal = fractals.refusal(template.rootId(), context)
                                           .or(() -> template.createdAt() == null
                                                   ? Optional.of("it has no creation time") : Optional.empty());
        if (refusal.isPresent()) {
            context.refuse(TEMPLATES, template.id(), refusal.get());
            return;
        }
        List<TemplateSection> sections = new ArrayList<>();
        for (V1Template.V1TemplateSection section : template.sections()) {
            List<UUID> activityIds = new ArrayList<>();
            for (String activityId : section.activityIds()) {
                String problem = problemOf(activityId, template, activities, context);
                if (problem == null) {
                    activityIds.add(context.idOf(CatalogueImport.ACTIVITIES, activityId));
                } else {
                    context.warn(TEMPLATES, template.id(), "section '" + section.name() + "': its activity "
                            + activityId + " " + problem + "; left out of the section");
                }
            }
            int minutes = section.durationMinutes() == null ? 0 : section.durationMinutes();
            sections.add(new TemplateSection(section.name(), minutes, activityIds));
        }
        context.create(TEMPLATES, template.id(), new CreateTemplate(
                context.idOf(TEMPLATES, template.id()), V1Fractals.fractalId(template.rootId(), context),
                template.name(), V1Text.orNull(template.description()), sections, context.ownerId(),
                template.createdAt()));
    }

    private static String problemOf(String activityId, V1Template template, Map<String, V1Activity> activities,
                                    ImportContext context) {
        V1Activity activity = activityId == null ? null : activities.get(activityId);
        if (activity == null) {
            return "is not in the file";
        }
        if (!template.rootId().equals(activity.rootId())) {
            return "belongs to another fractal";
        }
        if (!context.imported(CatalogueImport.ACTIVITIES, activityId)) {
            return "was not imported";
        }
        return null;
    }
}
