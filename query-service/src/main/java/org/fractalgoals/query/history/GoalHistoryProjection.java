package org.fractalgoals.query.history;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.goal.FindGoalHistory;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalChange;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.platform.ActorMetaData;
import org.fractalgoals.query.erasure.OwnerFractals;
import org.fractalgoals.query.replay.ReadModelTables;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The goal-history read model: every event of a goal and its targets, with what it changed and who acted. Each
 * fractal keeps the sequence number of its last applied event and an event at or below it is skipped, so
 * redelivery changes nothing, also not the current values that the next change is compared with. Deleting a
 * goal keeps its history (it is an audit trail); deleting the fractal removes all of it.
 */
@Component
@ReadModelTables({"goal_history_fractal", "goal_history", "goal_history_goal", "goal_history_target"})
@ProcessingGroup(GoalHistoryProjection.GROUP)
class GoalHistoryProjection {

    static final String GROUP = "goal-history";

    private final GoalHistoryRepository history;
    private final ChangeDescriber changes;
    private final OwnerFractals owners;

    GoalHistoryProjection(GoalHistoryRepository history, ChangeDescriber changes, OwnerFractals owners) {
        this.history = history;
        this.changes = changes;
        this.owners = owners;
    }

    @EventHandler
    void on(FractalCreated event, @SequenceNumber long sequence) {
        history.insertFractal(event.fractalId(), event.ownerId(), sequence);
    }

    @EventHandler
    void on(FractalDeleted event, @SequenceNumber long sequence) {
        if (history.advance(event.fractalId(), sequence)) {
            history.purge(event.fractalId());
        }
    }

    @EventHandler
    void on(GoalChange event, @SequenceNumber long sequence,
            @MetaDataValue(ActorMetaData.ACTOR) String actor,
            @MetaDataValue(ActorMetaData.ON_BEHALF_OF) String onBehalfOf) {
        if (!history.advance(event.fractalId(), sequence)) {
            return;
        }
        String change = HistoryJson.write(changes.describe(event));
        history.record(event.fractalId(), goalsOf(event), sequence, event.getClass().getSimpleName(),
                       event.occurredAt(), HistoryActor.of(event, actor, onBehalfOf), change);
    }

    /** Unlike a fractal's deletion, an erasure keeps no trace: not even the position rows stay. */
    @EventHandler
    void on(AccountErased event) {
        history.erase(owners.erasing(event.ownerId()));
    }

    @QueryHandler
    Optional<GoalHistoryPage> handle(FindGoalHistory query) {
        return history.page(query.ownerId(), query.fractalId(), query.goalId(), query.limit(), query.cursor());
    }

    /** The goals whose history lists the event: its goal, and for a deletion every goal it removed. */
    private static Set<UUID> goalsOf(GoalChange event) {
        Set<UUID> goals = new LinkedHashSet<>();
        goals.add(event.goalId());
        if (event instanceof GoalDeleted deleted && deleted.removedGoalIds() != null) {
            goals.addAll(deleted.removedGoalIds());
        }
        return goals;
    }
}
