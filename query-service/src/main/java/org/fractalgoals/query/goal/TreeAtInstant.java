package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalDescriptionChanged;
import org.fractalgoals.events.goal.GoalEvent;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalRelevanceChanged;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.events.goal.Threshold;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One fractal's goal tree as it was at an instant of business time, folded from the fractal's events in sequence
 * order. An event counts when its {@code occurredAt} is at or before that instant, whatever its place in the
 * stream: imported histories need not be in time order. At such an instant an event may name a goal, parent or
 * target that does not exist (yet, or any more); it changes nothing then, and neither does a move that would put
 * a goal under its own subtree.
 *
 * <p>The result is the rows and targets {@link GoalTreeAssembler} builds the live tree from, so the past and the
 * live tree have one shape.
 */
final class TreeAtInstant {

    private static final Comparator<Target> TARGET_ORDER = Comparator.comparing((Target target) -> target.createdAt)
                                                                     .thenComparing(target -> target.id,
                                                                                    GoalTreeAssembler.ID_ORDER);

    private final UUID fractalId;
    private final Instant asOf;
    private final Map<UUID, Goal> goals = new HashMap<>();
    private final Map<UUID, Set<UUID>> children = new HashMap<>();
    private boolean created;
    private boolean deleted;
    private long version = -1;

    /** {@code asOf} is compared with each event's time as the read model keeps it (see {@link #storedTime}). */
    TreeAtInstant(UUID fractalId, Instant asOf) {
        this.fractalId = fractalId;
        this.asOf = asOf;
    }

    /** Applies the event with this sequence number if it had happened by the instant; events go in sequence order. */
    void apply(GoalEvent event, long sequence) {
        Instant at = storedTime(event.occurredAt());
        if (at.isAfter(asOf) || !fractalId.equals(event.fractalId())) {
            return;
        }
        version = sequence;
        switch (event) {
            case FractalCreated ignored -> created = true;
            case FractalDeleted ignored -> deleted = true;
            case GoalCreated e -> create(e, at, sequence);
            case GoalRenamed e -> change(e.goalId(), sequence, goal -> goal.name = e.name());
            case GoalDescriptionChanged e -> change(e.goalId(), sequence, goal -> goal.description = e.description());
            case GoalDeadlineChanged e -> change(e.goalId(), sequence, goal -> goal.deadline = e.deadline());
            case GoalRelevanceChanged e -> change(e.goalId(), sequence, goal -> goal.relevance = e.relevance());
            case GoalMoved e -> move(e, sequence);
            case GoalDeleted e -> delete(e);
            case GoalCompleted e -> change(e.goalId(), sequence, goal -> goal.complete(at, e.source()));
            case GoalUncompleted e -> change(e.goalId(), sequence, goal -> goal.complete(null, null));
            case TargetAdded e -> addTarget(e, at, sequence);
            case TargetChanged e -> changeTarget(e.goalId(), e.targetId(), sequence,
                                                 target -> target.define(e.name(), e.activityId(), e.thresholds()));
            case TargetRemoved e -> changeTarget(e.goalId(), e.targetId(), sequence,
                                                 target -> goals.get(e.goalId()).targets.remove(e.targetId()));
            case TargetAchieved e -> changeTarget(e.goalId(), e.targetId(), sequence,
                                                  target -> target.achieve(at, e.sessionId()));
            case TargetReopened e -> changeTarget(e.goalId(), e.targetId(), sequence,
                                                  target -> target.achieve(null, null));
        }
    }

    /** True when the fractal and its root goal existed at the instant and the fractal was not deleted by then. */
    boolean existed() {
        return created && !deleted && goals.containsKey(fractalId);
    }

    /** The sequence number of the last event that had happened by the instant: the fractal's version then. */
    long version() {
        return version;
    }

    List<GoalTreeAssembler.Row> rows() {
        return goals.values().stream().map(Goal::row).toList();
    }

    /** Each goal's targets in creation order (then id), as the read model lists them. */
    Map<UUID, List<TargetView>> targets() {
        Map<UUID, List<TargetView>> byGoal = new HashMap<>();
        goals.values().forEach(goal -> {
            if (!goal.targets.isEmpty()) {
                byGoal.put(goal.id, goal.targets.values().stream().sorted(TARGET_ORDER).map(Target::view).toList());
            }
        });
        return byGoal;
    }

    /** The tree answer, with ages counted at the instant; empty unless the fractal existed then. */
    Optional<GoalTreeView> view() {
        if (!existed()) {
            return Optional.empty();
        }
        return new GoalTreeAssembler(rows(), targets(), asOf).tree().map(root -> new GoalTreeView(root, version));
    }

    /**
     * The read model keeps instants as PostgreSQL's {@code timestamptz} does, to the microsecond (rounded half up
     * by the JDBC driver); the past tree shows and compares them the same way, so an instant copied from either
     * tree finds that very event, and both trees print the same times.
     */
    static Instant storedTime(Instant instant) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        return instant.getNano() % 1_000 >= 500 ? micros.plus(1, ChronoUnit.MICROS) : micros;
    }

    private void create(GoalCreated event, Instant at, long sequence) {
        boolean root = event.parentId() == null && event.goalId().equals(fractalId);
        boolean parentExists = event.parentId() != null && goals.containsKey(event.parentId());
        if (!goals.containsKey(event.goalId()) && (root || parentExists)) {
            goals.put(event.goalId(), new Goal(event, at, sequence));
            if (!root) {
                childrenOf(event.parentId()).add(event.goalId());
            }
        }
    }

    private void change(UUID goalId, long sequence, Consumer<Goal> change) {
        Goal goal = goals.get(goalId);
        if (goal != null) {
            change.accept(goal);
            goal.version = sequence;
        }
    }

    private void move(GoalMoved event, long sequence) {
        Goal goal = goals.get(event.goalId());
        if (goal != null && goal.parentId != null && goals.containsKey(event.parentId())
                && !isInSubtree(event.parentId(), goal.id)) {
            childrenOf(goal.parentId).remove(goal.id);
            childrenOf(event.parentId()).add(goal.id);
            goal.parentId = event.parentId();
            goal.version = sequence;
        }
    }

    /** Whether {@code candidate} is {@code top} or below it, walking up from the candidate. */
    private boolean isInSubtree(UUID candidate, UUID top) {
        for (Goal at = goals.get(candidate); at != null; at = at.parentId == null ? null : goals.get(at.parentId)) {
            if (at.id.equals(top)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the listed goals with whatever hangs below them at this instant: with business times out of order,
     * a subtree then may hold a goal that the command did not see in it, and it must not stay behind detached.
     */
    private void delete(GoalDeleted event) {
        if (!goals.containsKey(event.goalId()) || event.goalId().equals(fractalId)) {
            return;
        }
        List<UUID> pending = new ArrayList<>(event.removedGoalIds());
        pending.add(event.goalId());
        while (!pending.isEmpty()) {
            UUID next = pending.removeLast();
            Goal goal = next.equals(fractalId) ? null : goals.remove(next);
            if (goal != null) {
                childrenOf(goal.parentId).remove(goal.id);
                Set<UUID> below = children.remove(goal.id);
                if (below != null) {
                    pending.addAll(below);
                }
            }
        }
    }

    private Set<UUID> childrenOf(UUID parentId) {
        return children.computeIfAbsent(parentId, id -> new HashSet<>());
    }

    private void addTarget(TargetAdded event, Instant at, long sequence) {
        Goal goal = goals.get(event.goalId());
        if (goal != null && !goal.targets.containsKey(event.targetId())) {
            Target target = new Target(event.targetId(), at);
            target.define(event.name(), event.activityId(), event.thresholds());
            goal.targets.put(target.id, target);
            goal.version = sequence;
        }
    }

    private void changeTarget(UUID goalId, UUID targetId, long sequence, Consumer<Target> change) {
        Goal goal = goals.get(goalId);
        Target target = goal == null ? null : goal.targets.get(targetId);
        if (target != null) {
            change.accept(target);
            goal.version = sequence;
        }
    }

    private static final class Goal {

        final UUID id;
        final GoalLevel level;
        final Instant createdAt;
        final Map<UUID, Target> targets = new LinkedHashMap<>();
        UUID parentId;
        String name;
        String description;
        LocalDate deadline;
        String relevance;
        Instant completedAt;
        CompletionSource completionSource;
        long version;

        Goal(GoalCreated event, Instant at, long sequence) {
            id = event.goalId();
            level = event.level();
            createdAt = at;
            parentId = event.parentId();
            name = event.name();
            description = event.description();
            deadline = event.deadline();
            relevance = event.relevance();
            version = sequence;
        }

        /** Completes at {@code at}, or opens again when {@code at} is null. */
        void complete(Instant at, CompletionSource source) {
            completedAt = at;
            completionSource = at == null ? null : source;
        }

        GoalTreeAssembler.Row row() {
            return new GoalTreeAssembler.Row(id, parentId, level, name, description, deadline, relevance,
                                             completedAt != null, completedAt, completionSource, createdAt, version);
        }
    }

    private static final class Target {

        final UUID id;
        final Instant createdAt;
        String name;
        UUID activityId;
        List<TargetView.ThresholdView> thresholds;
        Instant achievedAt;
        UUID achievedInSessionId;

        Target(UUID id, Instant createdAt) {
            this.id = id;
            this.createdAt = createdAt;
        }

        void define(String newName, UUID newActivityId, Collection<Threshold> newThresholds) {
            name = newName;
            activityId = newActivityId;
            thresholds = newThresholds == null ? List.of() : newThresholds.stream().map(Target::view).toList();
        }

        /** Achieved at {@code at} in that session, or reopened when {@code at} is null. */
        void achieve(Instant at, UUID sessionId) {
            achievedAt = at;
            achievedInSessionId = at == null ? null : sessionId;
        }

        TargetView view() {
            return new TargetView(id, name, activityId, thresholds, achievedAt != null, achievedAt, achievedInSessionId);
        }

        /**
         * PostgreSQL's jsonb, where the live read model keeps thresholds, writes a number such as 1E+3 as 1000; a
         * negative scale is the one difference from how Jackson reads the event.
         */
        private static TargetView.ThresholdView view(Threshold threshold) {
            BigDecimal value = threshold.value();
            return new TargetView.ThresholdView(threshold.metricId(), threshold.operator(),
                                                value != null && value.scale() < 0 ? value.setScale(0) : value);
        }
    }
}
