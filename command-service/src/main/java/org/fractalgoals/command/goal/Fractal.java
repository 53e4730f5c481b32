package org.fractalgoals.command.goal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.fractalgoals.events.goal.AddTarget;
import org.fractalgoals.events.goal.ChangeTarget;
import org.fractalgoals.events.goal.CompleteGoal;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.CreateFractal;
import org.fractalgoals.events.goal.CreateGoal;
import org.fractalgoals.events.goal.DeleteFractal;
import org.fractalgoals.events.goal.DeleteGoal;
import org.fractalgoals.events.goal.EditGoal;
import org.fractalgoals.events.goal.EvaluateTargets;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalDescriptionChanged;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalRelevanceChanged;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.MoveGoal;
import org.fractalgoals.events.goal.RemoveTarget;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.events.goal.ReopenCause;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.events.goal.UncompleteGoal;
import org.fractalgoals.platform.ActorMetaData;
import org.fractalgoals.platform.ImportMetaData;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * One fractal and its whole goal tree. The tree is a single aggregate because its rules (levels deepen
 * downwards, no cycles, deadlines within the parent's) span several goals and must hold together. It keeps
 * only what those rules need, no names or descriptions, so its snapshots hold no personal data.
 *
 * <p>Each goal remembers the sequence number of the last event that changed it: that is the goal's version,
 * which {@code If-Match} on a goal is compared with, so edits of different goals do not conflict.
 */
@Aggregate(cache = "fractalCache", snapshotTriggerDefinition = "fractalSnapshotTrigger")
@Revision(Fractal.SNAPSHOT_REVISION)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Fractal {

    /**
     * The shape of the state below as its snapshots store it. Change it with the fields or their meaning: snapshots
     * of another revision are then ignored and each fractal is replayed from its events once, which takes a new one.
     */
    static final String SNAPSHOT_REVISION = "1";

    @AggregateIdentifier
    private UUID fractalId;
    private String ownerId;
    private long version;
    /**
     * In creation order, whether the fractal was replayed, loaded from a snapshot or kept in the cache: the order
     * decides the order of ids in events (the goals a deletion removes), which must not depend on how it was loaded.
     */
    private Map<UUID, FractalGoal> goals = new LinkedHashMap<>();

    Fractal() {
        // for Axon and for snapshots
    }

    @CommandHandler
    Fractal(CreateFractal command) {
        GoalLevel level = command.level() == null ? GoalLevel.ULTIMATE : command.level();
        if (!level.canBeRoot()) {
            throw new RuleViolationException("level", "A fractal's root must be ULTIMATE, LONG_TERM, MID_TERM or SHORT_TERM");
        }
        GoalText.check(command.name(), command.description(), command.relevance());
        apply(new FractalCreated(command.fractalId(), command.ownerId(), command.requestedAt()));
        apply(new GoalCreated(command.fractalId(), command.fractalId(), null, level, command.name(),
                              command.description(), command.deadline(), command.relevance(), command.ownerId(),
                              command.requestedAt()));
    }

    /**
     * An imported goal keeps the deadline v1.2 stored even when it is later than its parent's (v1.2 never checked);
     * the import reports it as a warning. Every other rule holds for imported goals too.
     */
    @CommandHandler
    void handle(CreateGoal command, @MetaDataValue(ImportMetaData.IMPORT_ID) String importId) {
        requireOwner(command.ownerId());
        FractalGoal parent = goals.get(command.parentId());
        if (parent == null) {
            throw new RuleViolationException("parentId", "There is no such goal in this fractal");
        }
        GoalLevel level = command.level() != null ? command.level() : parent.level().next()
                .orElseThrow(() -> new RuleViolationException("parentId", "A NANO goal cannot have children"));
        if (!level.isDeeperThan(parent.level())) {
            throw new RuleViolationException("level", "Must be deeper than the parent's level, " + parent.level());
        }
        if (importId == null) {
            requireWithinParentDeadline(command.deadline(), parent);
        }
        GoalText.check(command.name(), command.description(), command.relevance());
        apply(new GoalCreated(fractalId, command.goalId(), command.parentId(), level, command.name(),
                              command.description(), command.deadline(), command.relevance(), ownerId,
                              command.requestedAt()));
    }

    @CommandHandler
    void handle(EditGoal command) {
        FractalGoal goal = goalFor(command.ownerId(), command.goalId(), command.expectedGoalVersion());
        Instant at = command.requestedAt();
        if (command.name() != null) {
            GoalText.checkName(command.name());
        }
        if (command.description() != null) {
            GoalText.checkDescription(command.description().value());
        }
        if (command.relevance() != null) {
            GoalText.checkRelevance(command.relevance().value());
        }
        if (command.deadline() != null && !Objects.equals(command.deadline().value(), goal.deadline())) {
            LocalDate deadline = command.deadline().value();
            if (goal.parentId() != null) {
                requireWithinParentDeadline(deadline, goals.get(goal.parentId()));
            }
            requireNotBeforeChildren(goal, deadline);
        }
        UUID goalId = goal.id();
        if (command.name() != null) {
            apply(new GoalRenamed(fractalId, goalId, command.name(), ownerId, at));
        }
        if (command.description() != null) {
            apply(new GoalDescriptionChanged(fractalId, goalId, command.description().value(), ownerId, at));
        }
        if (command.deadline() != null && !Objects.equals(command.deadline().value(), goal.deadline())) {
            apply(new GoalDeadlineChanged(fractalId, goalId, command.deadline().value(), ownerId, at));
        }
        if (command.relevance() != null) {
            apply(new GoalRelevanceChanged(fractalId, goalId, command.relevance().value(), ownerId, at));
        }
    }

    @CommandHandler
    void handle(MoveGoal command) {
        FractalGoal goal = goalFor(command.ownerId(), command.goalId(), command.expectedGoalVersion());
        if (goal.parentId() == null) {
            throw new RuleViolationException("goalId", "The root goal cannot be moved");
        }
        FractalGoal parent = goals.get(command.parentId());
        if (parent == null) {
            throw new RuleViolationException("parentId", "There is no such goal in this fractal");
        }
        if (parent.id().equals(goal.parentId())) {
            return;
        }
        if (subtreeOf(goal.id()).contains(parent.id())) {
            throw new RuleViolationException("parentId", "A goal cannot be moved under itself or its own descendants");
        }
        if (!goal.level().isDeeperThan(parent.level())) {
            throw new RuleViolationException("parentId", "The new parent's level, " + parent.level()
                    + ", must be above the goal's level, " + goal.level());
        }
        requireWithinParentDeadline(goal.deadline(), parent, "parentId");
        apply(new GoalMoved(fractalId, goal.id(), goal.parentId(), parent.id(), ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(DeleteGoal command) {
        FractalGoal goal = goalFor(command.ownerId(), command.goalId(), command.expectedGoalVersion());
        if (goal.parentId() == null) {
            throw new RuleViolationException("goalId", "The root goal goes with its fractal: delete the fractal instead");
        }
        apply(new GoalDeleted(fractalId, goal.id(), List.copyOf(subtreeOf(goal.id())), ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(CompleteGoal command) {
        FractalGoal goal = goalFor(command.ownerId(), command.goalId(), command.expectedGoalVersion());
        if (!goal.completed()) {
            apply(new GoalCompleted(fractalId, goal.id(), CompletionSource.MANUAL, null, ownerId, command.requestedAt()));
        }
    }

    @CommandHandler
    void handle(UncompleteGoal command, @MetaDataValue(ActorMetaData.ACTOR) String actor) {
        FractalGoal goal = goalFor(command.ownerId(), command.goalId(), command.expectedGoalVersion());
        if (!goal.completed()) {
            return;
        }
        apply(new GoalUncompleted(fractalId, goal.id(), ownerId, command.requestedAt()));
        // Achieved targets would otherwise leave the goal "all achieved" yet open, and nothing could complete it again.
        for (Map.Entry<UUID, GoalTarget> entry : List.copyOf(goal.targets().entrySet())) {
            if (entry.getValue().achieved()) {
                apply(new TargetReopened(fractalId, goal.id(), entry.getKey(), ReopenCause.GOAL_UNCOMPLETED, ownerId,
                                         command.requestedAt()),
                      ActorMetaData.automaticStepFor(actor));
            }
        }
    }

    @CommandHandler
    void handle(AddTarget command) {
        FractalGoal goal = goalFor(command.ownerId(), command.goalId(), command.expectedGoalVersion());
        TargetRules.check(command.name(), command.activityId(), command.thresholds());
        if (goal.targets().containsKey(command.targetId())) {
            throw new RuleViolationException("id", "This goal already has a target with that id");
        }
        apply(new TargetAdded(fractalId, goal.id(), command.targetId(), command.name(), command.activityId(),
                              List.copyOf(command.thresholds()), ownerId, command.requestedAt()));
    }

    @CommandHandler
    void handle(ChangeTarget command, @MetaDataValue(ActorMetaData.ACTOR) String actor) {
        FractalGoal goal = goalFor(command.ownerId(), command.goalId(), command.expectedGoalVersion());
        GoalTarget target = targetOf(goal, command.targetId());
        TargetRules.check(command.name(), command.activityId(), command.thresholds());
        apply(new TargetChanged(fractalId, goal.id(), command.targetId(), command.name(), command.activityId(),
                                List.copyOf(command.thresholds()), ownerId, command.requestedAt()));
        boolean redefined = !target.activityId().equals(command.activityId())
                || !target.thresholds().equals(command.thresholds());
        if (target.achieved() && redefined) {
            // The user redefined the target; that it no longer counts as achieved is the system's conclusion.
            apply(new TargetReopened(fractalId, goal.id(), command.targetId(), ReopenCause.TARGET_REDEFINED, ownerId,
                                     command.requestedAt()),
                  ActorMetaData.automaticStepFor(actor));
        }
    }

    @CommandHandler
    void handle(RemoveTarget command) {
        FractalGoal goal = goalFor(command.ownerId(), command.goalId(), command.expectedGoalVersion());
        targetOf(goal, command.targetId());
        apply(new TargetRemoved(fractalId, goal.id(), command.targetId(), ownerId, command.requestedAt()));
    }

    /**
     * Imported evidence still records which targets it achieved, but never completes a goal: an imported goal is
     * completed exactly when v1.2 stored it completed, and at that time.
     */
    @CommandHandler
    void handle(EvaluateTargets command, @MetaDataValue(ImportMetaData.IMPORT_ID) String importId) {
        requireOwner(command.ownerId());
        for (UUID goalId : new LinkedHashSet<>(command.goalIds())) {
            FractalGoal goal = goals.get(goalId);
            if (goal == null) {
                continue; // a linked goal that was deleted since
            }
            for (Map.Entry<UUID, GoalTarget> entry : List.copyOf(goal.targets().entrySet())) {
                GoalTarget target = entry.getValue();
                if (!target.achieved() && target.activityId().equals(command.activityId())
                        && TargetRules.isMetBy(target.thresholds(), command.sets())) {
                    apply(new TargetAchieved(fractalId, goalId, entry.getKey(), command.sessionId(),
                                             command.instanceId(), ownerId, command.requestedAt()));
                }
            }
            FractalGoal updated = goals.get(goalId);
            if (importId == null && !updated.completed() && !updated.targets().isEmpty()
                    && updated.targets().values().stream().allMatch(GoalTarget::achieved)) {
                apply(new GoalCompleted(fractalId, goalId, CompletionSource.TARGETS, command.sessionId(), ownerId,
                                        command.requestedAt()));
            }
        }
    }

    @CommandHandler
    void handle(DeleteFractal command) {
        requireOwner(command.ownerId());
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            throw stale();
        }
        apply(new FractalDeleted(fractalId, ownerId, command.requestedAt()));
    }

    private FractalGoal goalFor(String caller, UUID goalId, Long expectedVersion) {
        requireOwner(caller);
        FractalGoal goal = goals.get(goalId);
        if (goal == null) {
            throw new NotFoundException("Goal");
        }
        if (expectedVersion != null && expectedVersion != goal.version()) {
            throw stale();
        }
        return goal;
    }

    private static GoalTarget targetOf(FractalGoal goal, UUID targetId) {
        GoalTarget target = goal.targets().get(targetId);
        if (target == null) {
            throw new NotFoundException("Target");
        }
        return target;
    }

    private static ProblemException stale() {
        return new ProblemException(ProblemType.STALE_VERSION, "Fetch the goal again and retry with its current ETag");
    }

    private void requireOwner(String caller) {
        // Someone else's fractal does not exist for the caller.
        if (!ownerId.equals(caller)) {
            throw new NotFoundException("Fractal");
        }
    }

    private static void requireWithinParentDeadline(LocalDate deadline, FractalGoal parent) {
        requireWithinParentDeadline(deadline, parent, "deadline");
    }

    private static void requireWithinParentDeadline(LocalDate deadline, FractalGoal parent, String field) {
        if (deadline != null && parent.deadline() != null && deadline.isAfter(parent.deadline())) {
            throw new RuleViolationException(field, "The goal's deadline, " + deadline
                    + ", may not be later than the parent's deadline, " + parent.deadline());
        }
    }

    private void requireNotBeforeChildren(FractalGoal goal, LocalDate deadline) {
        if (deadline == null) {
            return;
        }
        long laterChildren = goals.values().stream()
                                  .filter(child -> goal.id().equals(child.parentId()))
                                  .filter(child -> child.deadline() != null && child.deadline().isAfter(deadline))
                                  .count();
        if (laterChildren > 0) {
            throw new RuleViolationException("deadline", "May not be earlier than the deadlines of its child goals ("
                    + laterChildren + " of them are later)");
        }
    }

    /** The goal and all its descendants, parents before children. */
    private Set<UUID> subtreeOf(UUID goalId) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        goals.values().forEach(goal -> {
            if (goal.parentId() != null) {
                children.computeIfAbsent(goal.parentId(), id -> new ArrayList<>()).add(goal.id());
            }
        });
        Set<UUID> subtree = new LinkedHashSet<>();
        List<UUID> pending = new ArrayList<>(List.of(goalId));
        while (!pending.isEmpty()) {
            UUID next = pending.removeLast();
            if (subtree.add(next)) {
                pending.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return subtree;
    }

    private void replace(FractalGoal goal, long sequence) {
        goals.put(goal.id(), goal.at(sequence));
        version = sequence;
    }

    @EventSourcingHandler
    void on(FractalCreated event, @SequenceNumber long sequence) {
        fractalId = event.fractalId();
        ownerId = event.ownerId();
        version = sequence;
    }

    @EventSourcingHandler
    void on(GoalCreated event, @SequenceNumber long sequence) {
        replace(new FractalGoal(event.goalId(), event.parentId(), event.level(), event.deadline(), false, sequence,
                                new LinkedHashMap<>()), sequence);
    }

    @EventSourcingHandler
    void on(GoalRenamed event, @SequenceNumber long sequence) {
        replace(goals.get(event.goalId()), sequence);
    }

    @EventSourcingHandler
    void on(GoalDescriptionChanged event, @SequenceNumber long sequence) {
        replace(goals.get(event.goalId()), sequence);
    }

    @EventSourcingHandler
    void on(GoalRelevanceChanged event, @SequenceNumber long sequence) {
        replace(goals.get(event.goalId()), sequence);
    }

    @EventSourcingHandler
    void on(GoalDeadlineChanged event, @SequenceNumber long sequence) {
        replace(goals.get(event.goalId()).withDeadline(event.deadline()), sequence);
    }

    @EventSourcingHandler
    void on(GoalMoved event, @SequenceNumber long sequence) {
        replace(goals.get(event.goalId()).withParent(event.parentId()), sequence);
    }

    @EventSourcingHandler
    void on(GoalDeleted event, @SequenceNumber long sequence) {
        event.removedGoalIds().forEach(goals::remove);
        version = sequence;
    }

    @EventSourcingHandler
    void on(GoalCompleted event, @SequenceNumber long sequence) {
        replace(goals.get(event.goalId()).withCompleted(true), sequence);
    }

    @EventSourcingHandler
    void on(GoalUncompleted event, @SequenceNumber long sequence) {
        replace(goals.get(event.goalId()).withCompleted(false), sequence);
    }

    @EventSourcingHandler
    void on(TargetAdded event, @SequenceNumber long sequence) {
        FractalGoal goal = goals.get(event.goalId());
        goal.targets().put(event.targetId(), new GoalTarget(event.activityId(), event.thresholds(), false));
        replace(goal, sequence);
    }

    @EventSourcingHandler
    void on(TargetChanged event, @SequenceNumber long sequence) {
        FractalGoal goal = goals.get(event.goalId());
        boolean achieved = goal.targets().get(event.targetId()).achieved();
        goal.targets().put(event.targetId(), new GoalTarget(event.activityId(), event.thresholds(), achieved));
        replace(goal, sequence);
    }

    @EventSourcingHandler
    void on(TargetRemoved event, @SequenceNumber long sequence) {
        FractalGoal goal = goals.get(event.goalId());
        goal.targets().remove(event.targetId());
        replace(goal, sequence);
    }

    @EventSourcingHandler
    void on(TargetAchieved event, @SequenceNumber long sequence) {
        FractalGoal goal = goals.get(event.goalId());
        goal.targets().computeIfPresent(event.targetId(), (id, target) -> target.withAchieved(true));
        replace(goal, sequence);
    }

    @EventSourcingHandler
    void on(TargetReopened event, @SequenceNumber long sequence) {
        FractalGoal goal = goals.get(event.goalId());
        goal.targets().computeIfPresent(event.targetId(), (id, target) -> target.withAchieved(false));
        replace(goal, sequence);
    }

    @EventSourcingHandler
    void on(FractalDeleted event, @SequenceNumber long sequence) {
        version = sequence;
        markDeleted();
    }
}
