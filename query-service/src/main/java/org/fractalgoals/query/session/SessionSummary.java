package org.fractalgoals.query.session;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session in the list: the detail's fields with sections summed up instead of their instances. */
@Schema(example = """
        {"id": "5e6f7081-92a3-4b45-8d6e-7f8091021324", "fractalId": "6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f",
        "name": "Morning practice", "description": "Scales, then the nocturne", "templateId": "708192a3-b4c5-4d67-8f80-910213243546",
        "programDayId": "a3b4c5d6-e7f8-4091-9213-243546576879", "goalIds": ["3c4d5e6f-7081-4923-8b4c-5d6e7f809102", "4d5e6f70-8192-4a34-9c5d-6e7f80910213"],
        "plannedMinutes": 45, "startedAt": "2026-03-01T09:00:00Z", "endedAt": "2026-03-01T09:45:00Z",
        "completed": true, "completedAt": "2026-03-01T09:45:00Z", "totalDurationSeconds": 2700,
        "totalDurationSource": "COMPLETED", "achievedTargets": [{"targetId": "b4c5d6e7-f809-4102-8324-35465768798a",
        "goalId": "4d5e6f70-8192-4a34-9c5d-6e7f80910213", "name": "C major at 120 bpm", "achievedAt": "2026-03-01T09:42:00Z"}],
        "createdAt": "2026-02-28T20:00:00Z", "updatedAt": "2026-03-01T09:45:00Z", "version": 18,
        "sections": [{"name": "Warm-up", "plannedMinutes": 10, "durationSeconds": 540, "instanceCount": 1}]}""")
public record SessionSummary(UUID id,
                             UUID fractalId,
                             String name,
                             String description,
                             UUID templateId,
                             UUID programDayId,
                             Instant startedAt,
                             Instant endedAt,
                             boolean completed,
                             Instant completedAt,
                             Long totalDurationSeconds,
                             String totalDurationSource,
                             Integer plannedMinutes,
                             List<UUID> goalIds,
                             List<AchievedTargetView> achievedTargets,
                             List<SectionSummary> sections,
                             Instant createdAt,
                             Instant updatedAt,
                             long version) {

    /** A section's name, plan, the sum of its timed instances' durations (null: none timed) and its instance count. */
    public record SectionSummary(String name, Integer plannedMinutes, Long durationSeconds, int instanceCount) {
    }
}
