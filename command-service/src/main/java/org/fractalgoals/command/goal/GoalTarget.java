package org.fractalgoals.command.goal;

import org.fractalgoals.events.goal.Threshold;

import java.util.List;
import java.util.UUID;

/** A target as the aggregate needs it: what it measures and whether it is achieved. */
record GoalTarget(UUID activityId, List<Threshold> thresholds, boolean achieved) {

    GoalTarget withAchieved(boolean nowAchieved) {
        return new GoalTarget(activityId, thresholds, nowAchieved);
    }
}
