package org.fractalgoals.query.goal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.fractalgoals.events.goal.FindFractals;
import org.fractalgoals.events.goal.FindGoalTree;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The goal tree read model: fractals and their goals. Each fractal row keeps the sequence number of the last
 * event applied to it, and an event at or below it is skipped, so redelivery after a crash changes nothing.
 */
@Component
@ProcessingGroup(GoalTreeProjection.GROUP)
class GoalTreeProjection {

    static final String GROUP = "goal-tree";
    private final GoalTreeRepository tree;

    GoalTreeProjection(GoalTreeRepository tree) {
        this.tree = tree;
    }

    @EventHandler
    void on(FractalCreated event, @SequenceNumber long sequence) {
        tree.insertFractal(event.fractalId(), event.ownerId(), event.occurredAt(), sequence);
    }

    @EventHandler
    void on(GoalCreated event, @SequenceNumber long sequence) {
        if (tree.advance(event.fractalId(), sequence)) {
            tree.insertGoal(event);
        }
    }

    @QueryHandler
    FractalPage handle(FindFractals query) {
        return tree.fractals(query.ownerId(), query.limit(), query.cursor());
    }

    @QueryHandler
    Optional<GoalTreeView> handle(FindGoalTree query) {
        return tree.goalTree(query.ownerId(), query.fractalId());
    }
}
