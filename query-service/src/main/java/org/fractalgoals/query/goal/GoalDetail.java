package org.fractalgoals.query.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.GoalLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One goal on its own: the fields of a {@link GoalNode} without the nested children, but with the ids of its
 * children (in tree order) and of its ancestors (root first). Its {@code version} is the answer's ETag.
 */
@Schema(example = """
        {"id": "3c4d5e6f-7081-4923-8b4c-5d6e7f809102", "parentId": "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091",
        "level": "SHORT_TERM", "name": "Clean major scales", "description": null, "deadline": "2026-04-30",
        "relevance": null, "completed": false, "completedAt": null, "completionSource": null,
        "createdAt": "2026-01-20T08:30:00Z", "ageDays": 46, "targets": [], "smart": {"specific": true,
        "measurable": true, "achievable": false, "relevant": true, "timeBound": true}, "subtreeGoalCount": 2,
        "subtreeCompletedCount": 1, "percentComplete": 50, "version": 9, "childIds": ["4d5e6f70-8192-4a34-9c5d-6e7f80910213"],
        "ancestorIds": ["6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f", "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091"]}""")
public record GoalDetail(UUID id,
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
                         GoalNode.Smart smart,
                         int subtreeGoalCount,
                         int subtreeCompletedCount,
                         int percentComplete,
                         long version,
                         List<UUID> childIds,
                         List<UUID> ancestorIds) {
}
