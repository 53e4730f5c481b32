package org.fractalgoals.query.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session in the list: the detail's fields with sections summed up instead of their instances. */
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
