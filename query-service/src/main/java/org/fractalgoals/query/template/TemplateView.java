package org.fractalgoals.query.template;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session template as the API shows it. */
public record TemplateView(UUID id,
                           String name,
                           String description,
                           List<Section> sections,
                           int totalMinutes,
                           int sectionCount,
                           Instant createdAt,
                           Instant updatedAt,
                           long version) {

    public record Section(String name, int plannedMinutes, List<UUID> activityIds) {
    }
}
