package org.fractalgoals.query.session;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One session as the detail page shows it. {@code totalDurationSeconds} is the completed session's end − start;
 * for an open session the sum of its instances' durations, or else its planned minutes in seconds; which of
 * them is named by {@code totalDurationSource} ({@code COMPLETED}, {@code INSTANCES}, {@code PLANNED}, or null
 * with no total). {@code version} is the answer's ETag.
 */
@Schema(example = """
        {"id": "5e6f7081-92a3-4b45-8d6e-7f8091021324", "fractalId": "6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f",
        "name": "Morning practice", "description": "Scales, then the nocturne", "templateId": "708192a3-b4c5-4d67-8f80-910213243546",
        "programDayId": "a3b4c5d6-e7f8-4091-9213-243546576879", "goalIds": ["3c4d5e6f-7081-4923-8b4c-5d6e7f809102", "4d5e6f70-8192-4a34-9c5d-6e7f80910213"],
        "plannedMinutes": 45, "startedAt": "2026-03-01T09:00:00Z", "endedAt": "2026-03-01T09:45:00Z",
        "completed": true, "completedAt": "2026-03-01T09:45:00Z", "totalDurationSeconds": 2700,
        "totalDurationSource": "COMPLETED", "achievedTargets": [{"targetId": "b4c5d6e7-f809-4102-8324-35465768798a",
        "goalId": "4d5e6f70-8192-4a34-9c5d-6e7f80910213", "name": "C major at 120 bpm", "achievedAt": "2026-03-01T09:42:00Z"}],
        "createdAt": "2026-02-28T20:00:00Z", "updatedAt": "2026-03-01T09:45:00Z", "version": 18,
        "sections": [{"name": "Warm-up", "plannedMinutes": 10, "durationSeconds": 540, "instances": [{"id": "6f708192-a3b4-4c56-9e7f-809102132435",
        "activityId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "startedAt": "2026-03-01T09:01:00Z",
        "stoppedAt": "2026-03-01T09:10:00Z", "running": false, "durationSeconds": 540, "sets": [{"values": [{"metricId": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a",
        "splitId": null, "value": 116}]}, {"values": [{"metricId": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a",
        "splitId": null, "value": 120}]}], "values": [], "notes": "Left hand lags at the turn"}]}]}""")
public record SessionDetail(UUID id,
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
                            List<SectionView> sections,
                            Instant createdAt,
                            Instant updatedAt,
                            long version) {

    /** A section with its instances in order; {@code durationSeconds} sums its timed instances (null: none timed). */
    public record SectionView(String name, Integer plannedMinutes, Long durationSeconds, List<InstanceView> instances) {
    }

    /**
     * An activity instance. A running timer has {@code startedAt} and no {@code stoppedAt} ({@code running} true),
     * so a client can show it ticking without asking again; {@code durationSeconds} is set once both are.
     */
    public record InstanceView(UUID id, UUID activityId, Instant startedAt, Instant stoppedAt, Long durationSeconds,
                               boolean running, List<SetView> sets, List<ValueView> values, String notes) {
    }

    public record SetView(List<ValueView> values) {
    }

    public record ValueView(UUID metricId, UUID splitId, java.math.BigDecimal value) {
    }
}
