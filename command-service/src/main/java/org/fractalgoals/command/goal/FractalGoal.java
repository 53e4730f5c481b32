package org.fractalgoals.command.goal;

import org.fractalgoals.events.goal.GoalLevel;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What the {@link Fractal} aggregate knows of one goal: enough for the tree's rules, no texts. */
record FractalGoal(UUID id, UUID parentId, GoalLevel level, LocalDate deadline, boolean completed, long version,
                   Map<UUID, GoalTarget> targets) {

    FractalGoal at(long sequence) {
        return new FractalGoal(id, parentId, level, deadline, completed, sequence, targets);
    }

    FractalGoal withDeadline(LocalDate newDeadline) {
        return new FractalGoal(id, parentId, level, newDeadline, completed, version, targets);
    }

    FractalGoal withParent(UUID newParentId) {
        return new FractalGoal(id, newParentId, level, deadline, completed, version, targets);
    }

    FractalGoal withCompleted(boolean nowCompleted) {
        return new FractalGoal(id, parentId, level, deadline, nowCompleted, version, targets);
    }
}
