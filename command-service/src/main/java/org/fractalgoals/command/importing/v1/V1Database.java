package org.fractalgoals.command.importing.v1;

import java.util.List;

/**
 * Everything an import takes from a v1.2 SQLite file, read by column name. {@code unreadable} lists rows the
 * reader could not make sense of (a malformed time, JSON that does not parse), each with its reason, so that
 * the import reports them instead of dropping them.
 */
public record V1Database(List<V1Goal> goals, List<V1ActivityGroup> activityGroups, List<V1Activity> activities,
                         List<V1Template> templates, List<V1Program> programs, List<V1Session> sessions,
                         List<V1Instance> instances, List<V1Unreadable> unreadable) {

    public V1Database {
        goals = List.copyOf(goals);
        activityGroups = List.copyOf(activityGroups);
        activities = List.copyOf(activities);
        templates = List.copyOf(templates);
        programs = List.copyOf(programs);
        sessions = List.copyOf(sessions);
        instances = List.copyOf(instances);
        unreadable = List.copyOf(unreadable);
    }

    /** A row that could not be read: its table (the entity), id and why. */
    public record V1Unreadable(String entity, String sourceId, String reason) {
    }
}
