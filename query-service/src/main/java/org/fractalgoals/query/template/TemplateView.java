package org.fractalgoals.query.template;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session template as the API shows it. */
@Schema(example = """
        {"id": "708192a3-b4c5-4d67-8f80-910213243546", "name": "Morning practice", "description": "Scales, then the nocturne",
        "sections": [{"name": "Warm-up", "plannedMinutes": 10, "activityIds": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"]},
        {"name": "Repertoire", "plannedMinutes": 35, "activityIds": []}], "sectionCount": 2,
        "totalMinutes": 45, "createdAt": "2026-01-06T19:00:00Z", "updatedAt": "2026-01-06T19:00:00Z",
        "version": 1}""")
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
