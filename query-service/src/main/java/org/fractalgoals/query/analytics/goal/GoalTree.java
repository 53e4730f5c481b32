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
    private final Map<UUID, Integer> positions;
    /** By position in tree order: the parent's position, -1 for a root. */
    private final int[] parents;

    private GoalTree(List<GoalRow> ordered) {
        this.ordered = List.copyOf(ordered);
        this.positions = HashMap.newHashMap(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            positions.put(ordered.get(i).id(), i);
        }
        this.parents = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            UUID parentId = ordered.get(i).parentId();
            parents[i] = parentId == null ? -1 : positions.get(parentId);
        }
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

    int size() {
        return ordered.size();
    }

    /** The goal's position in tree order, -1 for a goal not in the tree. */
    int positionOf(UUID goalId) {
        return positions.getOrDefault(goalId, -1);
    }

    /**
     * The position of the parent of the goal at {@code position}, -1 for the root. A parent always comes before its
     * children in tree order, so following parents from any goal ends at the root.
     */
    int parentOf(int position) {
        return parents[position];
    }
}
