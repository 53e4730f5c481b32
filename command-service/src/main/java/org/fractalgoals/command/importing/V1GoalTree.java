package org.fractalgoals.command.importing;

import org.fractalgoals.command.importing.v1.V1Goal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The goals of a v1.2 file as trees, by {@code parent_id}: v1.2 enforced no foreign keys, so a parent may be
 * missing or the parents may even form a cycle. Siblings come in creation order.
 */
final class V1GoalTree {

    private static final Comparator<V1Goal> CREATION_ORDER =
            Comparator.comparing(V1Goal::createdAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                      .thenComparing(V1Goal::id);

    private final Map<String, V1Goal> byId = new LinkedHashMap<>();
    private final Map<String, List<V1Goal>> children = new HashMap<>();

    V1GoalTree(List<V1Goal> goals) {
        goals.stream().sorted(CREATION_ORDER).forEach(goal -> byId.putIfAbsent(goal.id(), goal));
        byId.values().forEach(goal -> {
            if (goal.parentId() != null) {
                children.computeIfAbsent(goal.parentId(), id -> new ArrayList<>()).add(goal);
            }
        });
    }

    List<V1Goal> roots() {
        return byId.values().stream().filter(V1Goal::isRoot).toList();
    }

    /** Every goal, in creation order. */
    List<V1Goal> all() {
        return List.copyOf(byId.values());
    }

    Optional<V1Goal> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    List<V1Goal> childrenOf(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** The root reached by following parents; empty when a parent is missing or the parents form a cycle. */
    Optional<V1Goal> rootOf(String id) {
        Set<String> seen = new HashSet<>();
        V1Goal goal = byId.get(id);
        while (goal != null && seen.add(goal.id())) {
            if (goal.isRoot()) {
                return Optional.of(goal);
            }
            goal = byId.get(goal.parentId());
        }
        return Optional.empty();
    }
}
