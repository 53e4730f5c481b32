package org.fractalgoals.query.template;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A page of templates; {@code nextCursor} is null on the last page. */
@Schema(example = """
        {"items": [{"id": "708192a3-b4c5-4d67-8f80-910213243546", "name": "Morning practice",
        "description": "Scales, then the nocturne", "sections": [{"name": "Warm-up", "plannedMinutes": 10,
        "activityIds": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"]}, {"name": "Repertoire",
        "plannedMinutes": 35, "activityIds": []}], "sectionCount": 2, "totalMinutes": 45,
        "createdAt": "2026-01-06T19:00:00Z", "updatedAt": "2026-01-06T19:00:00Z", "version": 1}],
        "nextCursor": null}""")
public record TemplatePage(List<TemplateView> items, String nextCursor) {
}
