package org.fractalgoals.query.analytics.goal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One fractal's goals in tree order: depth-first from the root, children by creation time and then id, as the goal
 * tree shows them. A goal that no path from the root reaches (its parent deleted by a concurrent change) is not part
 * of the tree there, so it is left out here too.
 */
final class GoalTree {

    /** PostgreSQL's (unsigned) order of ids, as the goal tree uses it: {@link UUID#compareTo} compares signed. */
    private static final Comparator<UUID> ID_ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
                                                               .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);
    private static final Comparator<GoalRow> SIBLING_ORDER = Comparator.comparing(GoalRow::createdAt)
                                                                       .thenComparing(GoalRow::id, ID_ORDER);

    private final List<GoalRow> ordered;
    private final Map<UUID, GoalRow> byId;

    private GoalTree(List<GoalRow> ordered) {
        this.ordered = List.copyOf(ordered);
        this.byId = new HashMap<>();
        ordered.forEach(goal -> byId.put(goal.id(), goal));
    }

    static GoalTree of(Collection<GoalRow> goals) {
        Map<UUID, List<GoalRow>> children = new HashMap<>();
        List<GoalRow> roots = new ArrayList<>();
        for (GoalRow goal : goals) {
            if (goal.parentId() == null) {
                roots.add(goal);
            } else {
                children.computeIfAbsent(goal.parentId(), id -> new ArrayList<>()).add(goal);
            }
        }
        roots.sort(SIBLING_ORDER);
        children.values().forEach(siblings -> siblings.sort(SIBLING_ORDER.reversed()));

        List<GoalRow> ordered = new ArrayList<>(goals.size());
        Deque<GoalRow> stack = new ArrayDeque<>(roots);
        while (!stack.isEmpty()) {
            GoalRow goal = stack.pop();
            ordered.add(goal);
            // Pushed last-first (the lists are reversed), so the first child is popped first.
            children.getOrDefault(goal.id(), List.of()).forEach(stack::push);
        }
        return new GoalTree(ordered);
    }

    List<GoalRow> inTreeOrder() {
        return ordered;
    }

    boolean contains(UUID goalId) {
        return byId.containsKey(goalId);
    }

    /** The goal and its ancestors up to the root; empty for a goal not in the tree. */
    List<UUID> selfAndAncestors(UUID goalId) {
        List<UUID> path = new ArrayList<>();
        GoalRow goal = byId.get(goalId);
        // Every goal of the tree was reached from the root, so following parents ends there.
        while (goal != null) {
            path.add(goal.id());
            goal = goal.parentId() == null ? null : byId.get(goal.parentId());
        }
        return path;
    }
}
