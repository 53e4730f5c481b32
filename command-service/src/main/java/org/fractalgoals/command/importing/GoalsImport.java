package org.fractalgoals.command.importing;

import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.command.importing.v1.V1Goal;
import org.fractalgoals.events.goal.CompleteGoal;
import org.fractalgoals.events.goal.CreateFractal;
import org.fractalgoals.events.goal.CreateGoal;
import org.fractalgoals.events.goal.GoalLevel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The goals: a fractal per v1.2 root, each goal with its level, parent, deadline and completion as stored,
 * parents before their children. A goal today's rules refuse (its level not deeper than its parent's, an unknown
 * type, a root too deep to be one, a parent that is missing or refused) is listed as refused with its whole
 * subtree, each goal with its reason. A deadline later than the parent's is kept, as v1.2 allowed, and listed
 * as a warning.
 */
@Component
@Order(100)
public class GoalsImport implements ImportStep {

    static final String GOALS = "goals";

    @Override
    public int rows(V1Database source) {
        return source.goals().size();
    }

    @Override
    public void run(V1Database source, ImportContext context) {
        V1GoalTree tree = new V1GoalTree(source.goals());
        Set<String> reached = new HashSet<>();
        for (V1Goal root : tree.roots()) {
            importRoot(root, tree, context, reached);
        }
        // What no root reaches hangs from a parent that is not in the file, or from a cycle of parents.
        for (V1Goal goal : tree.all()) {
            if (!reached.contains(goal.id()) && tree.find(goal.parentId()).isEmpty()) {
                refuseWithSubtree(goal, "its parent goal " + goal.parentId() + " is not in the file", tree, context,
                                  reached);
            }
        }
        for (V1Goal goal : tree.all()) {
            if (!reached.contains(goal.id())) {
                refuseWithSubtree(goal, "its parent goals form a cycle", tree, context, reached);
            }
        }
    }

    private void importRoot(V1Goal root, V1GoalTree tree, ImportContext context, Set<String> reached) {
        reached.add(root.id());
        Optional<GoalLevel> level = V1GoalLevels.of(root.type());
        String refusal = null;
        if (level.isEmpty()) {
            refusal = unknownType(root);
        } else if (!level.get().canBeRoot()) {
            refusal = "a fractal's root must be ULTIMATE, LONG_TERM, MID_TERM or SHORT_TERM, not " + level.get();
        } else if (root.createdAt() == null) {
            refusal = "it has no creation time";
        }
        if (refusal != null) {
            context.refuse(GOALS, root.id(), refusal);
            refuseChildren(root, tree, context, reached);
            return;
        }
        UUID fractalId = context.idOf(GOALS, root.id());
        ImportContext.Outcome outcome = context.create(GOALS, root.id(), new CreateFractal(
                fractalId, context.ownerId(), nameOf(root), V1Text.orNull(root.description()), level.get(),
                root.deadline(), null, root.createdAt()));
        if (!outcome.succeeded()) {
            refuseChildren(root, tree, context, reached);
            return;
        }
        complete(root, fractalId, context);
        for (V1Goal child : tree.childrenOf(root.id())) {
            importChild(child, root, level.get(), fractalId, tree, context, reached);
        }
    }

    private void importChild(V1Goal goal, V1Goal parent, GoalLevel parentLevel, UUID fractalId, V1GoalTree tree,
                             ImportContext context, Set<String> reached) {
        reached.add(goal.id());
        Optional<GoalLevel> level = V1GoalLevels.of(goal.type());
        String refusal = null;
        if (level.isEmpty()) {
            refusal = unknownType(goal);
        } else if (!level.get().isDeeperThan(parentLevel)) {
            refusal = "its level, " + level.get() + ", is not deeper than its parent's, " + parentLevel
                    + " (v1.2 allowed that; today's rules do not)";
        } else if (goal.createdAt() == null) {
            refusal = "it has no creation time";
        }
        if (refusal != null) {
            context.refuse(GOALS, goal.id(), refusal);
            refuseChildren(goal, tree, context, reached);
            return;
        }
        UUID goalId = context.idOf(GOALS, goal.id());
        ImportContext.Outcome outcome = context.create(GOALS, goal.id(), new CreateGoal(
                fractalId, goalId, context.idOf(GOALS, parent.id()), level.get(), nameOf(goal),
                V1Text.orNull(goal.description()), goal.deadline(), null, context.ownerId(), goal.createdAt(), null));
        if (!outcome.succeeded()) {
            refuseChildren(goal, tree, context, reached);
            return;
        }
        if (goal.deadline() != null && parent.deadline() != null && goal.deadline().isAfter(parent.deadline())) {
            context.warn(GOALS, goal.id(), "its deadline, " + goal.deadline() + ", is later than its parent's, "
                    + parent.deadline() + "; kept as in the file (today's rules would refuse it)");
        }
        complete(goal, fractalId, context);
        for (V1Goal child : tree.childrenOf(goal.id())) {
            importChild(child, goal, level.get(), fractalId, tree, context, reached);
        }
    }

    /** v1.2 leaves completed_at set when a goal is uncompleted: only {@code completed} says whether it is. */
    private static void complete(V1Goal goal, UUID fractalId, ImportContext context) {
        if (!goal.completed()) {
            return;
        }
        Instant at = goal.completedAt();
        if (at == null) {
            at = goal.createdAt();
            context.warn(GOALS, goal.id(), "it is completed without a completion time; its creation time is used");
        }
        context.apply(GOALS, goal.id(), "complete",
                      new CompleteGoal(fractalId, context.idOf(GOALS, goal.id()), null, context.ownerId(), at));
    }

    private static void refuseChildren(V1Goal parent, V1GoalTree tree, ImportContext context, Set<String> reached) {
        for (V1Goal child : tree.childrenOf(parent.id())) {
            refuseWithSubtree(child, "its parent goal " + parent.id() + " was not imported", tree, context, reached);
        }
    }

    private static void refuseWithSubtree(V1Goal goal, String reason, V1GoalTree tree, ImportContext context,
                                          Set<String> reached) {
        if (!reached.add(goal.id())) {
            return;
        }
        context.refuse(GOALS, goal.id(), reason);
        refuseChildren(goal, tree, context, reached);
    }

    private static String unknownType(V1Goal goal) {
        return "its type, '" + goal.type() + "', is not one of v1.2's goal types";
    }

    /** A missing name is sent blank, so that the refusal names the rule. */
    private static String nameOf(V1Goal goal) {
        return goal.name() == null ? "" : goal.name();
    }
}
