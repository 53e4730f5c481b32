package org.fractalgoals.query.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.GoalLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One goal of the tree answer, with its children nested (by creation time, then id). {@code ageDays} is counted
 * at query time; the subtree figures count the goal itself and all its descendants; {@code version} is the
 * sequence number of the last event that touched the goal or its targets.
 */
@Schema(example = """
        {"id": "6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f", "parentId": null, "level": "ULTIMATE",
        "name": "Play the piano", "description": null, "deadline": null, "relevance": null,
        "completed": false, "completedAt": null, "completionSource": null, "createdAt": "2026-01-05T10:00:00Z",
        "ageDays": 61, "targets": [], "smart": {"specific": true, "measurable": false, "achievable": false,
        "relevant": false, "timeBound": false}, "subtreeGoalCount": 4, "subtreeCompletedCount": 1,
        "percentComplete": 25, "version": 14, "children": [{"id": "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091",
        "parentId": "6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f", "level": "LONG_TERM", "name": "Play a Chopin nocturne",
        "description": "Op. 9 No. 2 by heart", "deadline": "2026-12-31", "relevance": "It is the piece that made me start",
        "completed": false, "completedAt": null, "completionSource": null, "createdAt": "2026-01-05T10:05:00Z",
        "ageDays": 61, "targets": [], "smart": {"specific": true, "measurable": true, "achievable": false,
        "relevant": true, "timeBound": true}, "subtreeGoalCount": 3, "subtreeCompletedCount": 1,
        "percentComplete": 33, "version": 7, "children": [{"id": "3c4d5e6f-7081-4923-8b4c-5d6e7f809102",
        "parentId": "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091", "level": "SHORT_TERM", "name": "Clean major scales",
        "description": null, "deadline": "2026-04-30", "relevance": null, "completed": false,
        "completedAt": null, "completionSource": null, "createdAt": "2026-01-20T08:30:00Z",
        "ageDays": 46, "targets": [], "smart": {"specific": true, "measurable": true, "achievable": false,
        "relevant": true, "timeBound": true}, "subtreeGoalCount": 2, "subtreeCompletedCount": 1,
        "percentComplete": 50, "version": 9, "children": [{"id": "4d5e6f70-8192-4a34-9c5d-6e7f80910213",
        "parentId": "3c4d5e6f-7081-4923-8b4c-5d6e7f809102", "level": "IMMEDIATE", "name": "C major scale at 120 bpm",
        "description": null, "deadline": "2026-03-15", "relevance": null, "completed": true,
        "completedAt": "2026-03-01T09:42:00Z", "completionSource": "TARGETS", "createdAt": "2026-02-10T18:05:00Z",
        "ageDays": 25, "targets": [{"id": "b4c5d6e7-f809-4102-8324-35465768798a", "name": "C major at 120 bpm",
        "activityId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "thresholds": [{"metricId": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a",
        "operator": "GTE", "value": 120}], "achieved": true, "achievedAt": "2026-03-01T09:42:00Z",
        "achievedInSessionId": "5e6f7081-92a3-4b45-8d6e-7f8091021324"}], "smart": {"specific": true,
        "measurable": true, "achievable": false, "relevant": true, "timeBound": true}, "subtreeGoalCount": 1,
        "subtreeCompletedCount": 1, "percentComplete": 100, "version": 11, "children": []}]}]}]}""")
public record GoalNode(UUID id,
                       UUID parentId,
                       GoalLevel level,
                       String name,
                       String description,
                       LocalDate deadline,
                       String relevance,
                       boolean completed,
                       Instant completedAt,
                       CompletionSource completionSource,
                       Instant createdAt,
                       long ageDays,
                       List<TargetView> targets,
                       Smart smart,
                       int subtreeGoalCount,
                       int subtreeCompletedCount,
                       int percentComplete,
                       long version,
                       List<GoalNode> children) {

    /**
     * The SMART letters, computed from what the goal has. {@code achievable} stays false until goals can be
     * linked to activities.
     */
    public record Smart(boolean specific, boolean measurable, boolean achievable, boolean relevant, boolean timeBound) {
    }
}
