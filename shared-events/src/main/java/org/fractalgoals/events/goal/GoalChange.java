package org.fractalgoals.events.goal;

import java.util.UUID;

/** An event about one goal (and its targets) of a fractal: what a goal's history lists. */
public sealed interface GoalChange extends GoalEvent
        permits GoalCreated, GoalRenamed, GoalDescriptionChanged, GoalDeadlineChanged, GoalRelevanceChanged, GoalMoved,
                GoalDeleted, GoalCompleted, GoalUncompleted, TargetAdded, TargetChanged, TargetRemoved, TargetAchieved,
                TargetReopened {

    UUID goalId();
}
