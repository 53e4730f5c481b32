package org.fractalgoals.query.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One session as the detail page shows it. {@code totalDurationSeconds} is the completed session's end − start;
 * for an open session the sum of its instances' durations, or else its planned minutes in seconds; which of
 * them is named by {@code totalDurationSource} ({@code COMPLETED}, {@code INSTANCES}, {@code PLANNED}, or null
 * with no total). {@code version} is the answer's ETag.
 */
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
