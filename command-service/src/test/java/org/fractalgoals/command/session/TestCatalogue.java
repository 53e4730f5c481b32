package org.fractalgoals.command.session;

import org.fractalgoals.command.activity.ActivityLookup;
import org.fractalgoals.command.template.TemplateReader;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Activities and templates for the session API tests, held in memory: the tests define what they need, and
 * these beans win over the real lookups of the activities and templates features (when those are there).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestCatalogue {

    private final Map<List<UUID>, ActivityLookup.Shape> activities = new ConcurrentHashMap<>();
    private final Map<List<UUID>, TemplateReader.Template> templates = new ConcurrentHashMap<>();

    @Bean
    @Primary
    ActivityLookup testActivities() {
        return (fractalId, activityId) -> Optional.ofNullable(activities.get(List.of(fractalId, activityId)));
    }

    @Bean
    @Primary
    TemplateReader testTemplates() {
        return (fractalId, templateId) -> Optional.ofNullable(templates.get(List.of(fractalId, templateId)));
    }

    /** Defines an activity with sets (when {@code sets}), the given metrics and splits. */
    public UUID activity(UUID fractalId, boolean sets, Set<UUID> metrics, Set<UUID> splits) {
        UUID id = UUID.randomUUID();
        activities.put(List.of(fractalId, id), new ActivityLookup.Shape(id, sets, !splits.isEmpty(), !metrics.isEmpty(), metrics, splits));
        return id;
    }

    public void deleteActivity(UUID fractalId, UUID activityId) {
        activities.remove(List.of(fractalId, activityId));
    }

    public void template(UUID fractalId, TemplateReader.Template template) {
        templates.put(List.of(fractalId, template.templateId()), template);
    }

}
