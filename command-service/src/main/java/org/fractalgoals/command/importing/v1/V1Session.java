package org.fractalgoals.command.importing.v1;

import java.time.Instant;
import java.util.List;

/**
 * A row of {@code sessions}, soft-deleted ones included ({@code deletedAt} set), with its goal links and the
 * sections of its session_data document. {@code start} is null when the row has none (old files).
 * {@code sections} carry the display order of instance ids (auto-saved shape); for never-opened sessions
 * they carry the template's sections and no instance ids. {@code templateId} is the session_data's
 * {@code template_id} when present (the column is always NULL in v1.2).
 */
public record V1Session(String id, String rootId, String name, String description, Instant start, Instant end,
                        Integer plannedMinutes, Long totalDurationSeconds, boolean completed, Instant completedAt,
                        Instant deletedAt, String programDayId, String templateId, List<V1SessionSection> sections,
                        List<V1SessionGoal> goals, Instant createdAt) {

    public V1Session {
        sections = sections == null ? List.of() : List.copyOf(sections);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    /**
     * {@code instanceIds}: the auto-saved display order of activity_instances ids; {@code activityIds}: activity
     * definitions planned by a never-opened session's template sections.
     */
    public record V1SessionSection(String name, Integer durationMinutes, List<String> instanceIds,
                                   List<String> activityIds) {

        public V1SessionSection {
            instanceIds = instanceIds == null ? List.of() : List.copyOf(instanceIds);
            activityIds = activityIds == null ? List.of() : List.copyOf(activityIds);
        }
    }

    /** A row of {@code session_goals}; the goal may no longer exist. */
    public record V1SessionGoal(String goalId, String goalType) {
    }
}
