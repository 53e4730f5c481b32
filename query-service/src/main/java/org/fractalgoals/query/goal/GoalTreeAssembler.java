package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.GoalLevel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the answers from the flat rows of one fractal, in memory: the rows come from one query for the goals
 * and one for the targets, however large the tree is, or from {@link TreeAtInstant} for a past instant.
 */
final class GoalTreeAssembler {

    /**
     * Creation time, then id as PostgreSQL and the id's text order it (unsigned; {@link UUID#compareTo} compares
     * signed and would put "f…" before "0…").
     */
    static final Comparator<UUID> ID_ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
                                                       .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);
    private static final Comparator<Row> TREE_ORDER = Comparator.comparing(Row::createdAt)
                                                                .thenComparing(Row::id, ID_ORDER);

    private final Map<UUID, Row> goals = new HashMap<>();
    private final Map<UUID, List<Row>> children = new HashMap<>();
    private final Map<UUID, List<TargetView>> targets;
    private final Map<UUID, Counts> counts = new HashMap<>();
    private final Instant now;
    private Row root;

    GoalTreeAssembler(List<Row> rows, Map<UUID, List<TargetView>> targets, Instant now) {
        this.targets = targets;
        this.now = now;
        for (Row row : rows) {
            goals.put(row.id(), row);
            if (row.parentId() == null) {
                root = row;
            } else {
                children.computeIfAbsent(row.parentId(), id -> new ArrayList<>()).add(row);
            }
        }
        children.values().forEach(list -> list.sort(TREE_ORDER));
    }

    /** The nested tree from the root; empty when the fractal has no root goal (yet). */
    Optional<GoalNode> tree() {
        return Optional.ofNullable(root).map(this::node);
    }

    /** One goal with the ids of its children and ancestors (root first); empty when it is not in these rows. */
    Optional<GoalDetail> detail(UUID goalId) {
        Row row = goals.get(goalId);
        if (row == null) {
            return Optional.empty();
        }
        Counts subtree = counts(row);
        List<UUID> childIds = childrenOf(row).stream().map(Row::id).toList();
        return Optional.of(new GoalDetail(row.id(), row.parentId(), row.level(), row.name(), row.description(),
                                          row.deadline(), row.relevance(), row.completed(), row.completedAt(),
                                          row.completionSource(), row.createdAt(), ageDays(row), targetsOf(row),
                                          smart(row), subtree.goals(), subtree.completed(), subtree.percent(),
                                          row.version(), childIds, ancestorsOf(row)));
    }

    private GoalNode node(Row row) {
        List<GoalNode> nested = childrenOf(row).stream().map(this::node).toList();
        Counts subtree = counts(row);
        return new GoalNode(row.id(), row.parentId(), row.level(), row.name(), row.description(), row.deadline(),
                            row.relevance(), row.completed(), row.completedAt(), row.completionSource(),
                            row.createdAt(), ageDays(row), targetsOf(row), smart(row), subtree.goals(),
                            subtree.completed(), subtree.percent(), row.version(), nested);
    }

    private List<Row> childrenOf(Row row) {
        return children.getOrDefault(row.id(), List.of());
    }

    private List<TargetView> targetsOf(Row row) {
        return targets.getOrDefault(row.id(), List.of());
    }

    private Counts counts(Row row) {
        Counts known = counts.get(row.id());
        if (known != null) {
            return known;
        }
        int goalCount = 1;
        int completedCount = row.completed() ? 1 : 0;
        for (Row child : childrenOf(row)) {
            Counts sub = counts(child);
            goalCount += sub.goals();
            completedCount += sub.completed();
        }
        Counts result = new Counts(goalCount, completedCount);
        counts.put(row.id(), result);
        return result;
    }

    private List<UUID> ancestorsOf(Row row) {
        List<UUID> ancestors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Row parent = row.parentId() == null ? null : goals.get(row.parentId());
        while (parent != null && seen.add(parent.id())) {
            ancestors.addFirst(parent.id());
            parent = parent.parentId() == null ? null : goals.get(parent.parentId());
        }
        return List.copyOf(ancestors);
    }

    private GoalNode.Smart smart(Row row) {
        return new GoalNode.Smart(hasText(row.description()), !targetsOf(row).isEmpty(), false,
                                  hasText(row.relevance()), row.deadline() != null);
    }

    /** Whole days since creation, rounded down; a creation time ahead of this clock counts as 0. */
    private long ageDays(Row row) {
        return Math.max(0, Duration.between(row.createdAt(), now).toDays());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private record Counts(int goals, int completed) {

        /** completed * 100 / goals, rounded half up, in integers. */
        int percent() {
            return (int) ((completed * 200L + goals) / (2L * goals));
        }
    }

    /** One goal as stored. */
    record Row(UUID id, UUID parentId, GoalLevel level, String name, String description, LocalDate deadline,
               String relevance, boolean completed, Instant completedAt, CompletionSource completionSource,
               Instant createdAt, long version) {
    }
}
