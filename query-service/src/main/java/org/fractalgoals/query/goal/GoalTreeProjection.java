package org.fractalgoals.query.goal;

import org.axonframework.config.ProcessingGroup;
import org.fractalgoals.query.replay.ReadModelTables;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.goal.FindFractals;
import org.fractalgoals.events.goal.FindGoal;
import org.fractalgoals.events.goal.FindGoalSelection;
import org.fractalgoals.events.goal.FindGoalTree;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalDescriptionChanged;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalRelevanceChanged;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.query.erasure.OwnerFractals;
import org.fractalgoals.query.goal.GoalTreeRepository.GoalColumn;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The goal tree read model: fractals, their goals and the goals' targets. Each fractal row keeps the sequence
 * number of the last event applied to it, and an event at or below it is skipped, so redelivery after a crash
 * changes nothing. Each goal keeps the sequence number of the last event that touched it or its targets.
 */
@Component
@ReadModelTables({"fractal", "goal", "goal_target", "deleted_fractal"})
@ProcessingGroup(GoalTreeProjection.GROUP)
class GoalTreeProjection {

    static final String GROUP = "goal-tree";
    private final GoalTreeRepository tree;
    private final OwnerFractals owners;
    private final FractalEventStreams streams;

    GoalTreeProjection(GoalTreeRepository tree, OwnerFractals owners, FractalEventStreams streams) {
        this.tree = tree;
        this.owners = owners;
        this.streams = streams;
    }

    @EventHandler
    void on(FractalCreated event, @SequenceNumber long sequence) {
        tree.insertFractal(event.fractalId(), event.ownerId(), event.occurredAt(), sequence);
    }

    @EventHandler
    void on(FractalDeleted event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.deleteFractal(event.fractalId(), sequence, event.occurredAt());
        }
    }

    @EventHandler
    void on(GoalCreated event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.insertGoal(event, sequence);
        }
    }

    @EventHandler
    void on(GoalRenamed event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.updateGoal(event.fractalId(), event.goalId(), GoalColumn.NAME, event.name(), sequence);
        }
    }

    @EventHandler
    void on(GoalDescriptionChanged event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.updateGoal(event.fractalId(), event.goalId(), GoalColumn.DESCRIPTION, event.description(), sequence);
        }
    }

    @EventHandler
    void on(GoalDeadlineChanged event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.updateGoal(event.fractalId(), event.goalId(), GoalColumn.DEADLINE, event.deadline(), sequence);
        }
    }

    @EventHandler
    void on(GoalRelevanceChanged event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.updateGoal(event.fractalId(), event.goalId(), GoalColumn.RELEVANCE, event.relevance(), sequence);
        }
    }

    /** The moved goal gets the new parent and version; its subtree moves with it unchanged. */
    @EventHandler
    void on(GoalMoved event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.updateGoal(event.fractalId(), event.goalId(), GoalColumn.PARENT, event.parentId(), sequence);
        }
    }

    @EventHandler
    void on(GoalDeleted event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.deleteGoals(event.fractalId(), event.removedGoalIds());
        }
    }

    @EventHandler
    void on(GoalCompleted event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.completeGoal(event.fractalId(), event.goalId(), event.source(), event.occurredAt(), sequence);
        }
    }

    @EventHandler
    void on(GoalUncompleted event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.uncompleteGoal(event.fractalId(), event.goalId(), sequence);
        }
    }

    @EventHandler
    void on(TargetAdded event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.insertTarget(event.fractalId(), event.goalId(), event.targetId(), event.name(), event.activityId(),
                              event.thresholds(), event.occurredAt());
            tree.touchGoal(event.fractalId(), event.goalId(), sequence);
        }
    }

    /** Replaces the definition; an achievement stays until a TargetReopened says otherwise. */
    @EventHandler
    void on(TargetChanged event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.changeTarget(event.fractalId(), event.targetId(), event.name(), event.activityId(), event.thresholds());
            tree.touchGoal(event.fractalId(), event.goalId(), sequence);
        }
    }

    @EventHandler
    void on(TargetRemoved event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.removeTarget(event.fractalId(), event.targetId());
            tree.touchGoal(event.fractalId(), event.goalId(), sequence);
        }
    }

    @EventHandler
    void on(TargetAchieved event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.achieveTarget(event.fractalId(), event.targetId(), event.occurredAt(), event.sessionId());
            tree.touchGoal(event.fractalId(), event.goalId(), sequence);
        }
    }

    @EventHandler
    void on(TargetReopened event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence, event.occurredAt())) {
            tree.reopenTarget(event.fractalId(), event.targetId());
            tree.touchGoal(event.fractalId(), event.goalId(), sequence);
        }
    }

    /** The owner's fractals go, deleted ones too, and so do their decrypted streams kept for past trees. */
    @EventHandler
    void on(AccountErased event) {
        tree.erase(owners.erasing(event.ownerId()));
        streams.forgetOwner(event.ownerId());
    }

    @QueryHandler
    FractalPage handle(FindFractals query) {
        return tree.fractals(query.ownerId(), query.limit(), query.cursor());
    }

    @QueryHandler
    Optional<GoalTreeView> handle(FindGoalTree query) {
        return tree.goalTree(query.ownerId(), query.fractalId());
    }

    @QueryHandler
    Optional<GoalDetail> handle(FindGoal query) {
        return tree.goal(query.ownerId(), query.fractalId(), query.goalId());
    }

    @QueryHandler
    Optional<GoalSelection> handle(FindGoalSelection query) {
        return tree.selection(query.ownerId(), query.fractalId(), query.limit(), query.cursor());
    }
}
