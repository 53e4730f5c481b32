package org.fractalgoals.command.importing.v1;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.command.importing.v1.V1Target.V1Threshold;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code goals} with their targets, parents before children. */
final class V1GoalsReader {

    private V1GoalsReader() {
    }

    static List<V1Goal> read(List<V1Row> rows, V1RowReads reads) {
        List<V1Goal> goals = reads.each("goals", rows, V1GoalsReader::goal);
        return parentsFirst(V1RowReads.inCreationOrder(goals, V1Goal::createdAt, V1Goal::id));
    }

    private static V1Goal goal(V1Row row) {
        String id = row.id();
        String rootId = row.text("root_id");
        // Files migrated from older versions mark a root with its own id.
        if (rootId != null && rootId.equals(id)) {
            rootId = null;
        }
        return new V1Goal(id, row.text("type"), row.text("name"), row.text("description"), row.text("parent_id"),
                          rootId, row.date("deadline"), row.bool("completed"), row.instant("completed_at"),
                          row.json("targets", V1GoalsReader::targets), row.instant("created_at"));
    }

    private static List<V1Target> targets(JsonNode json) {
        List<V1Target> targets = new ArrayList<>();
        for (JsonNode target : V1Json.elements(json, "targets")) {
            if (!target.isObject()) {
                throw new V1Json.NotJsonException("a target is not an object");
            }
            List<V1Threshold> thresholds = new ArrayList<>();
            for (JsonNode metric : V1Json.elements(target.get("metrics"), "a target's metrics")) {
                BigDecimal value = V1Json.decimal(metric, "value");
                if (value == null) {
                    throw new V1Json.NotJsonException("a target's threshold has no value");
                }
                thresholds.add(new V1Threshold(V1Json.text(metric, "metric_id"), value.doubleValue()));
            }
            targets.add(new V1Target(V1Json.text(target, "id"), V1Json.text(target, "activity_id"),
                                     V1Json.text(target, "name"), V1Json.text(target, "description"), thresholds));
        }
        return targets;
    }

    /**
     * Depth first from the roots, so every parent comes before its children. Goals whose parent is missing start
     * a walk of their own (the import reports them as dangling); goals caught in a parent cycle come last.
     */
    static List<V1Goal> parentsFirst(List<V1Goal> goals) {
        Map<String, V1Goal> byId = new HashMap<>();
        goals.forEach(goal -> byId.putIfAbsent(goal.id(), goal));
        Map<String, List<V1Goal>> children = new HashMap<>();
        List<V1Goal> starts = new ArrayList<>();
        for (V1Goal goal : goals) {
            if (goal.parentId() == null || !byId.containsKey(goal.parentId())) {
                starts.add(goal);
            } else {
                children.computeIfAbsent(goal.parentId(), key -> new ArrayList<>()).add(goal);
            }
        }
        // By identity: two rows may read as equal records.
        Set<V1Goal> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<V1Goal> ordered = new ArrayList<>();
        for (V1Goal start : starts) {
            Deque<V1Goal> stack = new ArrayDeque<>();
            stack.push(start);
            while (!stack.isEmpty()) {
                V1Goal goal = stack.pop();
                if (placed.add(goal)) {
                    ordered.add(goal);
                    List<V1Goal> below = children.getOrDefault(goal.id(), List.of());
                    for (int i = below.size() - 1; i >= 0; i--) {
                        stack.push(below.get(i));
                    }
                }
            }
        }
        goals.stream().filter(placed::add).forEach(ordered::add);
        return ordered;
    }
}
